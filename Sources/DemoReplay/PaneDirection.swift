import DeliveryDomain
import DeliveryScript
import TerminalUI

/// Which page of a role's real screen a pane turns to after a step, so the audience sees
/// what the step changed: the cart filling, the owner's incoming order with its countdown,
/// the rider's open jobs. A step that does not concern a role leaves its page alone.
enum PaneDirection: Equatable {
    /// A section, by the number key a person would press.
    case section(Character)
    /// The customer's tracking page of the focused order.
    case tracking
    case stay

    static func after(_ command: ScriptCommand, outcome: StepReport.Outcome, for role: Role, holdsFocusedOrder: Bool) -> Self {
        switch role {
        case .customer: customer(command, outcome: outcome)
        case .owner: owner(command)
        case .rider: rider(command, holdsFocusedOrder: holdsFocusedOrder)
        }
    }

    private static func customer(_ command: ScriptCommand, outcome: StepReport.Outcome) -> Self {
        switch command {
        case .signUp(.customer, _, _), .favourite, .unfavourite, .show(.stores), .show(.menu): .section("1")
        case .cartAdd, .cartRemove, .cartClear, .show(.cart): .section("2")
        case .order: outcome == .ok ? .tracking : .section("2")
        case .pay, .cancel, .review, .reject, .confirm, .startDelivery, .accept, .releaseJob, .pickUp, .deliver, .reply, .show(.order):
            .tracking
        case .show(.history): .section("3")
        case .show(.notifications), .readNotifications: .section("4")
        default: .stay
        }
    }

    private static func owner(_ command: ScriptCommand) -> Self {
        switch command {
        case .registerStore, .addMenuItem, .editMenuItem, .setSoldOut, .removeMenuItem, .show(.menu): .section("4")
        case .updateStoreDetails, .setStoreMode, .setStoreHours, .setAutoCancel, .setKitchenCapacity, .setOrdersPerMinute: .section("3")
        case .order, .pay, .reject, .cancel, .show(.incoming): .section("1")
        case .confirm, .startDelivery, .accept, .releaseJob, .pickUp, .deliver, .show(.inProgress): .section("2")
        case .review, .reply, .show(.reviews): .section("6")
        case .show(.sales): .section("5")
        default: .stay
        }
    }

    private static func rider(_ command: ScriptCommand, holdsFocusedOrder: Bool) -> Self {
        switch command {
        case .signUp(.rider, _, _), .show(.jobs): .section("1")
        case .accept, .pickUp, .show(.myJobs): holdsFocusedOrder ? .section("2") : .section("1")
        case .deliver: .section("3")
        // Given back, the job is among the open ones again, where the next rider finds it.
        case .releaseJob: .section("1")
        case .confirm, .startDelivery, .order, .pay: holdsFocusedOrder ? .section("2") : .section("1")
        default: .stay
        }
    }
}
