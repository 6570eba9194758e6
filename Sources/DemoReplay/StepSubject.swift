import DeliveryDomain
import DeliveryScript

/// What a script line is about: the order it names, the store it names, or an order it
/// places. The panes follow the people of that order (its customer, its store's owner, its
/// rider) rather than whoever of each role acted last, so when the caption says an order
/// reached the store, the owner pane shows that store.
struct StepSubject: Equatable {
    var order: OrderRef?
    var storeName: String?
    /// The line places a new order (`order …`): the subject is the acting customer's newest.
    var placesOrder = false

    init(_ command: ScriptCommand) {
        switch command {
        case .order: placesOrder = true
        case .pay(let ref, _), .cancel(let ref, _), .reject(let ref, _), .confirm(let ref, _), .startDelivery(let ref, _),
            .accept(let ref), .releaseJob(let ref), .pickUp(let ref), .deliver(let ref), .review(let ref, _, _), .reply(let ref, _):
            order = ref
        case .registerStore(let name, _, _): storeName = name
        case .setStoreMode(let store, _), .setStoreHours(let store, _), .setAutoCancel(let store, _),
            .setKitchenCapacity(let store, _), .setOrdersPerMinute(let store, _), .addMenuItem(let store, _, _, _),
            .editMenuItem(let store, _, _, _, _), .setSoldOut(let store, _, _), .cartAdd(let store, _, _),
            .removeMenuItem(let store, _), .updateStoreDetails(let store, _, _, _, _, _),
            .favourite(let store), .unfavourite(let store):
            storeName = store
        default: break
        }
    }
}
