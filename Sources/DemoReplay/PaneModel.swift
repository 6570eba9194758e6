import DeliveryDomain
import Foundation
import TerminalUI

/// One role's pane in the demo: who it follows, and what it shows: the role's real screen as
/// a session draws it (``screen``), or a few lines while there is nobody to show.
public struct PaneModel: Equatable, Sendable {
    public struct Line: Equatable, Sendable {
        public var text: String
        public var style: Style
        /// Drawn as a progress bar under the text, 0...1.
        public var progress: Double?

        public init(_ text: String, style: Style = .plain, progress: Double? = nil) {
            self.text = text
            self.style = style
            self.progress = progress
        }
    }

    public var role: Role
    public var name: String?
    public var lines: [Line]
    /// The followed person's screen, drawn at the pane's inside size.
    public var screen: CellGrid?

    public init(role: Role, name: String?, lines: [Line], screen: CellGrid? = nil) {
        self.role = role
        self.name = name
        self.lines = lines
        self.screen = screen
    }

    public var title: String {
        let label =
            switch role {
            case .customer: "고객 customer"
            case .owner: "사장님 owner"
            case .rider: "라이더 rider"
            }
        return name.map { "\(label) · \($0)" } ?? label
    }
}
