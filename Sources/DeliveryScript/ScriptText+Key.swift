import DeliveryDomain
import DeliveryEngine

extension ScriptText {
    /// Each message's name without its details: the catalog's keys. The catalog tests word an
    /// example of every key in every language, so a message missing one language fails a test.
    public enum Key: String, CaseIterable, Sendable {
        case clockSet
        case clockAdvanced
        case signedUp
        case signedIn
        case actingAs
        case registeredStore
        case storeMode
        case storeHours
        case autoCancel
        case kitchenCapacity
        case ordersPerMinute
        case menuItemAdded
        case menuItemEdited
        case menuItemRemoved
        case storeDetailsUpdated
        case soldOut
        case cartAdded
        case cartRemoved
        case cartShown
        case cartEmptied
        case orderPlaced
        case addressSaved, addressRemoved, defaultAddress, cardForgotten, passwordChanged, addressCount, pickUp, deliverTo
        case payment
        case cancelled
        case rejected
        case confirmed
        case deliveryStarted
        case accepted
        case released
        case pickedUp
        case delivered
        case reviewed
        case replied
        case favourite
        case unfavourite
        case notificationsRead
        case letIntoKitchen
        case refused
        case storeCount
        case storeLine
        case menuCount
        case menuLine
        case orderStatus
        case orderLine
        case timelineCount
        case timelineLine
        case historyCount
        case notificationCount
        case incomingCount
        case inProgressCount
        case openJobCount
        case jobsInHand
        case sales
        case reviewCount
        case pastOrderCount
        case pastOrderLine
        case expectedRefusalGotSuccess
        case expectedRefusalMentioning
        case refusedAsExpected
        case expectedSuccessGotRefusal
        case ok
        case statusIs
        case expectedStatus
        case countIs
        case expectedCount
        case paymentIs
        case expectedPayment
        case refusalNotExpected
        case failedExpectation
        case summary
        case noOneSignedIn
        case unknownLabel
        case notSignedInHere
    }

    public var key: Key {
        switch self {
        case .clockSet: .clockSet
        case .clockAdvanced: .clockAdvanced
        case .signedUp: .signedUp
        case .signedIn: .signedIn
        case .actingAs: .actingAs
        case .registeredStore: .registeredStore
        case .storeMode: .storeMode
        case .storeHours: .storeHours
        case .autoCancel: .autoCancel
        case .kitchenCapacity: .kitchenCapacity
        case .ordersPerMinute: .ordersPerMinute
        case .menuItemAdded: .menuItemAdded
        case .menuItemEdited: .menuItemEdited
        case .menuItemRemoved: .menuItemRemoved
        case .storeDetailsUpdated: .storeDetailsUpdated
        case .soldOut: .soldOut
        case .cartAdded: .cartAdded
        case .cartRemoved: .cartRemoved
        case .cartShown: .cartShown
        case .cartEmptied: .cartEmptied
        case .orderPlaced: .orderPlaced
        case .addressSaved: .addressSaved
        case .addressRemoved: .addressRemoved
        case .defaultAddress: .defaultAddress
        case .cardForgotten: .cardForgotten
        case .passwordChanged: .passwordChanged
        case .addressCount: .addressCount
        case .pickUp: .pickUp
        case .deliverTo: .deliverTo
        case .payment: .payment
        case .cancelled: .cancelled
        case .rejected: .rejected
        case .confirmed: .confirmed
        case .deliveryStarted: .deliveryStarted
        case .accepted: .accepted
        case .released: .released
        case .pickedUp: .pickedUp
        case .delivered: .delivered
        case .reviewed: .reviewed
        case .replied: .replied
        case .favourite: .favourite
        case .unfavourite: .unfavourite
        case .notificationsRead: .notificationsRead
        case .letIntoKitchen: .letIntoKitchen
        case .refused: .refused
        case .storeCount: .storeCount
        case .storeLine: .storeLine
        case .menuCount: .menuCount
        case .menuLine: .menuLine
        case .orderStatus: .orderStatus
        case .orderLine: .orderLine
        case .timelineCount: .timelineCount
        case .timelineLine: .timelineLine
        case .historyCount: .historyCount
        case .notificationCount: .notificationCount
        case .incomingCount: .incomingCount
        case .inProgressCount: .inProgressCount
        case .openJobCount: .openJobCount
        case .jobsInHand: .jobsInHand
        case .sales: .sales
        case .reviewCount: .reviewCount
        case .pastOrderCount: .pastOrderCount
        case .pastOrderLine: .pastOrderLine
        case .expectedRefusalGotSuccess: .expectedRefusalGotSuccess
        case .expectedRefusalMentioning: .expectedRefusalMentioning
        case .refusedAsExpected: .refusedAsExpected
        case .expectedSuccessGotRefusal: .expectedSuccessGotRefusal
        case .ok: .ok
        case .statusIs: .statusIs
        case .expectedStatus: .expectedStatus
        case .countIs: .countIs
        case .expectedCount: .expectedCount
        case .paymentIs: .paymentIs
        case .expectedPayment: .expectedPayment
        case .refusalNotExpected: .refusalNotExpected
        case .failedExpectation: .failedExpectation
        case .summary: .summary
        case .noOneSignedIn: .noOneSignedIn
        case .unknownLabel: .unknownLabel
        case .notSignedInHere: .notSignedInHere
        }
    }
}
