/// The one place baedal's version is written: `baedal --version` prints it, and the man page
/// `scripts/install` generates carries it. Raise it when a release changes what users see.
enum BaedalVersion {
    static let number = "0.1.0"
}
