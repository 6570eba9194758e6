extension RuleViolation {
    /// Each refusal's name without its details: the catalog's keys. `MessageCatalogTests` words
    /// an example of every key in every language, so a rule missing one language fails a test.
    public enum Key: String, CaseIterable, Sendable {
        case nameTaken
        case invalidName
        case weakPassword
        case wrongPassword
        case wrongCurrentPassword
        case samePassword
        case unknownAccount
        case wrongRole
        case alreadyFavourite
        case notFavourite
        case storeAlreadyRegistered
        case unknownStore
        case notYourStore
        case invalidStoreDetail
        case invalidBusinessNumber
        case unknownMenuItem
        case duplicateMenuItem
        case menuItemRemoved
        case storeNameFixed
        case businessNumberFixed
        case invalidPrice
        case storeClosed
        case storePaused
        case modeUnchanged
        case emptyCart
        case invalidQuantity
        case tooManyItems
        case secondStore
        case soldOut
        case priceChanged
        case belowMinimum
        case orderAlreadyExists
        case unknownOrder
        case notYourOrder
        case noDeliveryAddress, emptyAddress, addressAlreadySaved, unknownAddress, tooManyAddresses
        case cardAlreadyRemembered, unknownRememberedCard, tooManyRememberedCards
        case unknownNotification
        case notPayable
        case alreadyPaid
        case cancelAfterConfirmation
        case notCancellable
        case notConfirmable
        case confirmationWindowPassed
        case invalidCookingTime
        case invalidTravelTime
        case notDue
        case jobTaken
        case notReadyForRider
        case notYourJob
        case deliveryNotStarted
        case notPickedUp
        case notDelivered
        case reviewTooEarly
        case reviewWindowClosed
        case alreadyReviewed
        case invalidRating
        case reviewTooLong
        case noReviewToReply
        case alreadyReplied
        case reasonRequired
        case paymentInProgress
        case notCooking
        case alreadyPickedUp
        case jobNotAccepted
        case noRiderToRelease
        case releaseAfterPickUp
        case emptyReply
        case liveClock
        case timeOutOfRange
        case timeRunsBackwards
        case advanceTooLong
        case notAnOpenJob
        case salesAreTheOwners
        case forbiddenCharacter
        case textTooLong
        case nameResembles
        case storeNameTaken
        case passwordTooLong
        case blankPassword
        case signInBackoff
        case passwordsPausedForAccount
    }

    public var key: Key {
        switch self {
        case .nameTaken: .nameTaken
        case .invalidName: .invalidName
        case .weakPassword: .weakPassword
        case .wrongPassword: .wrongPassword
        case .wrongCurrentPassword: .wrongCurrentPassword
        case .samePassword: .samePassword
        case .unknownAccount: .unknownAccount
        case .wrongRole: .wrongRole
        case .alreadyFavourite: .alreadyFavourite
        case .notFavourite: .notFavourite
        case .storeAlreadyRegistered: .storeAlreadyRegistered
        case .unknownStore: .unknownStore
        case .notYourStore: .notYourStore
        case .invalidStoreDetail: .invalidStoreDetail
        case .invalidBusinessNumber: .invalidBusinessNumber
        case .unknownMenuItem: .unknownMenuItem
        case .duplicateMenuItem: .duplicateMenuItem
        case .menuItemRemoved: .menuItemRemoved
        case .storeNameFixed: .storeNameFixed
        case .businessNumberFixed: .businessNumberFixed
        case .invalidPrice: .invalidPrice
        case .storeClosed: .storeClosed
        case .storePaused: .storePaused
        case .modeUnchanged: .modeUnchanged
        case .emptyCart: .emptyCart
        case .invalidQuantity: .invalidQuantity
        case .tooManyItems: .tooManyItems
        case .secondStore: .secondStore
        case .soldOut: .soldOut
        case .priceChanged: .priceChanged
        case .belowMinimum: .belowMinimum
        case .orderAlreadyExists: .orderAlreadyExists
        case .unknownOrder: .unknownOrder
        case .notYourOrder: .notYourOrder
        case .noDeliveryAddress: .noDeliveryAddress
        case .emptyAddress: .emptyAddress
        case .addressAlreadySaved: .addressAlreadySaved
        case .unknownAddress: .unknownAddress
        case .tooManyAddresses: .tooManyAddresses
        case .cardAlreadyRemembered: .cardAlreadyRemembered
        case .unknownRememberedCard: .unknownRememberedCard
        case .tooManyRememberedCards: .tooManyRememberedCards
        case .unknownNotification: .unknownNotification
        case .notPayable: .notPayable
        case .alreadyPaid: .alreadyPaid
        case .cancelAfterConfirmation: .cancelAfterConfirmation
        case .notCancellable: .notCancellable
        case .notConfirmable: .notConfirmable
        case .confirmationWindowPassed: .confirmationWindowPassed
        case .invalidCookingTime: .invalidCookingTime
        case .invalidTravelTime: .invalidTravelTime
        case .notDue: .notDue
        case .jobTaken: .jobTaken
        case .notReadyForRider: .notReadyForRider
        case .notYourJob: .notYourJob
        case .deliveryNotStarted: .deliveryNotStarted
        case .notPickedUp: .notPickedUp
        case .notDelivered: .notDelivered
        case .reviewTooEarly: .reviewTooEarly
        case .reviewWindowClosed: .reviewWindowClosed
        case .alreadyReviewed: .alreadyReviewed
        case .invalidRating: .invalidRating
        case .reviewTooLong: .reviewTooLong
        case .noReviewToReply: .noReviewToReply
        case .alreadyReplied: .alreadyReplied
        case .reasonRequired: .reasonRequired
        case .paymentInProgress: .paymentInProgress
        case .notCooking: .notCooking
        case .alreadyPickedUp: .alreadyPickedUp
        case .jobNotAccepted: .jobNotAccepted
        case .noRiderToRelease: .noRiderToRelease
        case .releaseAfterPickUp: .releaseAfterPickUp
        case .emptyReply: .emptyReply
        case .liveClock: .liveClock
        case .timeOutOfRange: .timeOutOfRange
        case .timeRunsBackwards: .timeRunsBackwards
        case .advanceTooLong: .advanceTooLong
        case .notAnOpenJob: .notAnOpenJob
        case .salesAreTheOwners: .salesAreTheOwners
        case .forbiddenCharacter: .forbiddenCharacter
        case .textTooLong: .textTooLong
        case .nameResembles: .nameResembles
        case .storeNameTaken: .storeNameTaken
        case .passwordTooLong: .passwordTooLong
        case .blankPassword: .blankPassword
        case .signInBackoff: .signInBackoff
        case .passwordsPausedForAccount: .passwordsPausedForAccount
        }
    }
}
