import DeliveryDomain
@testable import TerminalUI

// Generated from the catalog enums; one example of every case.
enum CatalogExamples {
    static let screenText: [ScreenText] = [
        .windowTooSmall(size: "Pizza"), .windowNeeds(minimum: "Pizza"), .invalidExpiry,
        .paymentDeclinedOrderWaiting(reason: "Pizza", order: "Pizza"), .paymentDeclined(reason: "Pizza"),
        .paymentFailedOrderWaiting(order: "Pizza"), .paymentFailed,
        .soldOutInCart(item: "Pizza"), .notInCart(item: "Pizza"),
        .deliveryAlreadyStarted(order: "Pizza", status: .cooking),
        .wrongSessionForAccount(name: "Pizza", role: .owner, expected: .owner), .sampleStoresUnavailable, .sampleStoresOnlyByOperator,
        .demoUnavailable, .sampleStoresLoaded(stores: 3), .sampleStoresMissing, .sampleScriptFailed("Pizza"),
        .demoEnded, .demoEndedWithStatus(2), .demoCouldNotStart, .demoNotInThisBuild, .demoOnlyOnOwnMachine,
        .noDatabaseAt(path: "/tmp/orders.sqlite"), .createDatabaseQuestion, .nothingCreated,
    ]
    static let sessionWords: [SessionWords] = [
        .brand, .signedInBrand, .help, .closeHelp, .filterPlaceholder, .filterTyping, .filterKept,
        .filterCount(shown: 3, total: 3), .open, .busy, .paused, .closed, .paymentsNormal, .paymentBlocked,
        .paymentSince("Pizza"), .paymentRecovering, .noPaymentWorker, .paymentsWaiting(3), .paymentPausedWhat,
        .paymentPausedMeaning, .paymentDelayedStores,
    ]
    static let launcherText: [LauncherText] = [
        .start, .signIn, .signUp, .demo, .quit, .loadSamples, .loadSamplesDetail, .signInDetail, .signUpDetail,
        .demoDetail, .tagline, .noStoresYet, .allStoresOpen(total: 3), .allStoresClosed(total: 3),
        .someStoresOpen(open: 3, total: 3), .openingDemo, .loadingSamples, .roleSignIn(.owner), .nameLabel,
        .passwordLabel, .repeatLabel, .roleLabel, .namePlaceholder, .passwordPlaceholder, .newNamePlaceholder,
        .repeatPlaceholder, .enterName, .enterPassword, .signingIn, .signingUp, .passwordsDiffer, .enterNameAndPassword,
    ]
    static let sSHKeysText: [SSHKeysText] = [
        .title, .registerTitle, .pasteOneLine, .neverPastePrivateKey, .publicKeyLabel, .publicKeyPlaceholder, .register,
        .nothingToDelete, .deleteTitle, .deleteQuestion, .delete, .registered(fingerprint: "Pizza"),
        .deleted(fingerprint: "Pizza"), .intro(account: "Pizza"), .loading, .noKeys, .typeColumn, .fingerprintColumn,
        .commentColumn,
    ]
    static let customerText: [CustomerText] = [
        .stores, .cart, .orders, .inbox, .checkout, .order("Pizza"), .writeReview, .addressesAndCards, .activeOrders(3),
        .searchPlaceholder, .favouriteAdded, .favouriteRemoved, .opensAt(clock: "Pizza", tomorrow: true),
        .allCategories, .categoryFilter("Pizza"), .loadingStores, .noOpenStores, .noStoreFound, .storeColumn,
        .categoryColumn, .statusColumn, .minimumColumn, .feeColumn, .ratingColumn,
        .tookOneOut(item: "Pizza", count: 3, limit: 3), .addedOne(item: "Pizza", count: 3, limit: 3),
        .storeTerms(minimum: "Pizza", fee: "Pizza", rating: "Pizza", prep: 3), .loadingMenu, .noMenuYet, .soldOut,
        .inCart(3), .itemColumn, .descriptionColumn, .priceColumn, .cartGauge, .cartEmptyGauge(limit: 3), .cartFull,
        .roomFor(3), .removed(item: "Pizza", count: 3, limit: 3), .emptyCartTitle,
        .emptyCartQuestion(store: "Pizza", count: 3), .emptyCartButton, .cartEmptied, .otherStoreTitle,
        .oneStorePerCart, .emptyingRemoves(store: "Pizza", count: 3), .emptyAndAdd, .emptyAndAddButton,
        .cartTitle(store: "Pizza"), .cartEmpty, .quantityColumn, .unitPriceColumn, .amountColumn, .subtotal,
        .deliveryFee, .total, .cannotOrder("Pizza"), .minimumReached("Pizza"),
    ]
    static let customerOrderText: [CustomerOrderText] = [
        .cardNumberPlaceholder, .cvcPlaceholder, .addressPlaceholder, .enterAddress, .enterCardNumber, .enterExpiry,
        .enterCVC, .store, .paymentPending(store: "Pizza"), .paymentDone(store: "Pizza"), .cart, .back, .checkoutTitle,
        .orderWaitsForPayment("Pizza"), .orderWaitsForPaymentAgain("Pizza"), .checkoutSum(food: "Pizza", fee: "Pizza"), .addressLabel,
        .defaultMarker,
        .requestNote("Pizza"), .saveAddressesHint, .cardLabel, .newCard, .cvcOnly("Pizza"), .cardNumberLabel,
        .expiryLabel, .cvcLabel, .rememberLabel, .rememberQuestion(true), .paying, .testCards,
        .puttingBack(store: "Pizza"), .reorderTitle, .cartHolds(store: "Pizza", count: 3),
        .emptyAndPutBack(store: "Pizza"), .emptyAndAdd, .notOnMenu("Pizza"), .soldOut("Pizza"),
        .overLimit(item: "Pizza", limit: 3), .cannotPutBack("Pizza"), .skipped("Pizza"), .putBack(count: 3, limit: 3),
        .ordersTitle, .ordersSummary(count: 3, active: 3), .noOrders, .placedColumn, .storeColumn, .itemsColumn,
        .amountColumn, .statusColumn, .paymentChecking, .paymentDeclined, .paymentFailed, .storeQueue, .notificationToast("Pizza"),
        .timeFact, .orderFact, .notificationTitle, .noUnread, .allRead, .unreadCount(3), .noNotifications,
        .contentColumn, .timeColumn, .orderColumn, .reviewPlaceholder, .reviewSent, .reviewTitle,
        .deliveredAt(order: "Pizza", when: "Pizza"), .reviewWindowRule, .yourReview("Pizza"), .ownerReply,
        .reviewOpensAt(clock: "Pizza", span: "Pizza"), .reviewWindowExplained(closes: "Pizza"),
        .reviewClosed(closes: "Pizza"), .starsLabel, .reviewLabel, .writableUntil(closes: "Pizza", count: 3, limit: 3),
        .sending,
    ]
    static let trackingText: [TrackingText] = [
        .leaveQueueTitle, .leaveQueueQuestion(store: "Pizza", position: 3, length: 3), .leaveQueueRefund("Pizza"),
        .leave, .cancelTitle, .cancelQuestion(store: "Pizza", total: "Pizza"), .nothingCharged, .refundedToCard,
        .cancelButton, .checkingPayment, .cancelling, .leavingQueue, .leftQueue("Pizza"), .paidAmount, .cancelled,
        .leaveQueueHint, .cancelHint, .orderTitle("Pizza"), .orderAtStore(order: "Pizza", store: "Pizza"),
        .loadingOrder, .totals(total: "Pizza", fee: "Pizza"), .payAgainRule, .payAgainAfterFailureRule, .cancelUnpaidRule,
        .queued(position: 3, length: 3, minutes: 3), .nextInLine, .ahead(3), .leaveQueueRule("Pizza"),
        .awaitingStore("Pizza"), .waitingInQueue, .cooking(clock: "Pizza", left: "Pizza"),
        .onTheWay(rider: "Pizza", clock: "Pizza", left: "Pizza"), .riderName("Pizza"), .riderBeingAssigned,
        .unpaidCancelled(minutes: 3), .reason("Pizza"), .orderAgain, .cancelledOrder, .rejectedOrder,
        .refunded("Pizza"), .cancelAllowedUnpaid, .cancelAllowedPaid, .cannotCancel("Pizza"), .paymentCheckingBanner,
        .waitingForCardIssuer, .paymentRequested(clock: "Pizza", elapsed: "Pizza", limit: 3), .declined("Pizza"),
        .paymentSystemFailed,
        .awaitingPaymentBanner, .payByCard, .reviewed("Pizza"), .reviewFrom(clock: "Pizza", span: "Pizza"),
        .reviewNow(until: "Pizza"), .reviewOver(until: "Pizza"), .readyAround("Pizza"), .arrivingAt("Pizza"),
        .cookMinutes(3), .queuePlace(position: 3, length: 3), .ordered, .paid, .storeConfirmed, .deliveryStarted,
        .pickedUp, .delivered, .travelMinutes(3), .paymentCheck, .issuerChecking, .paymentDeclined, .otherCardPossible,
        .paymentFailed, .nothingChargedTryAgain,
        .paymentWaiting, .beforeCardPayment, .orderCancelled, .orderRejected, .paymentTimedOut, .refundedShort,
        .addAddressTitle, .addAddressExplanation, .addressLabel, .addressPlaceholder, .noteLabel, .notePlaceholder,
        .save, .alreadyDefault, .nothingToDelete, .deleteAddressTitle, .deleteAddressQuestion("Pizza"),
        .deleteCardTitle, .deleteCardQuestion("Pizza"), .delete, .addressSaved("Pizza"), .addressDeleted("Pizza"),
        .defaultChanged("Pizza"), .cardForgotten, .addressesTitle, .addressesExplanation, .noAddresses, .kindColumn,
        .contentColumn, .defaultAddress, .address, .card,
    ]
    static let ownerText: [OwnerText] = [
        .incoming, .kitchen, .storeSettings, .menu, .sales, .reviews, .pastOrders, .registerStore, .store, .loadingStore,
        .onlyOneStore, .done, .storeSwitcherLabel, .newOrderHere(customer: "Pizza", summary: "Pizza", total: "Pizza"),
        .newOrderElsewhere(store: "Pizza", customer: "Pizza", summary: "Pizza"),
        .customerCancelled(customer: "Pizza", order: "Pizza", what: "Pizza"),
        .autoCancelled(order: "Pizza", what: "Pizza"), .riderGaveBack(rider: "Pizza", order: "Pizza", what: "Pizza"),
        .confirmTitle(order: "Pizza"), .confirmExplanation,
        .cookMinutesLabel, .confirm, .rejectTitle(order: "Pizza"), .rejectExplanation, .reasonLabel, .reasonPlaceholder,
        .reject, .cookMinutesAsNumber, .confirmed(order: "Pizza", minutes: 3), .rejected(order: "Pizza"),
        .incomingTitle(store: "Pizza"), .waitingForOrders, .orderColumn, .paidColumn, .customerColumn, .menuColumn,
        .amountColumn, .autoCancelColumn, .statusColumn, .dueColumn, .riderColumn,
        .orderDetail(order: "Pizza", customer: "Pizza", placed: "Pizza"),
        .money(summary: "Pizza", subtotal: "Pizza", fee: "Pizza"), .dropOff("Pizza"), .autoCancelIn("Pizza"),
        .autoCancelAt(clock: "Pizza"), .loadingQueue, .noQueue, .queue(3), .kitchenLoad(orders: 3, capacity: 3),
        .noKitchenLimit, .changeWithK, .startDeliveryTitle(order: "Pizza"), .startDeliveryExplanation,
        .travelMinutesLabel, .startDelivery, .travelMinutesAsNumber, .deliveryStarted(order: "Pizza", minutes: 3),
        .kitchenTitle(store: "Pizza"), .nothingCooking, .readyAt(clock: "Pizza", left: "Pizza"),
        .arrivesAt(clock: "Pizza", left: "Pizza"), .noRiderYet, .startWhenReady, .deliveryProgress,
    ]
    static let ownerStoreText: [OwnerStoreText] = [
        .hoursTitle, .hoursExplanation, .save, .timesTitle, .timesExplanation, .prepMinutesLabel, .busyExtraLabel,
        .autoCancelLabel, .capacityLoading, .capacityTitle, .capacityExplanation(low: 3, high: 3), .capacityEmptyLifts,
        .capacityLabel, .noLimit, .threeNumbers, .capacityOutOfRange(low: 3, high: 3, typed: "Pizza"),
        .modeSet("Pizza"), .hoursSet("Pizza"), .timesSet, .capacitySet(3), .capacityLifted,
        .settingsTitle(store: "Pizza"), .loadingStoreInfo, .storeRow, .addressRow, .modeRow, .customersSeeRow,
        .hoursRow, .prepRow, .autoCancelRow, .termsRow, .ratingRow, .capacityRow, .newStoreRow, .notOpenHours,
        .takesNoNewOrders, .takesOrders, .prepSummary(prep: 3, extra: 3), .minutes(3), .autoCancelSummary(3),
        .termsSummary(minimum: "Pizza", fee: "Pizza"), .canRegisterAnother, .loading, .queueNone, .queue(3),
        .takesAllAtOnce(queue: "Pizza"), .atOnce(3), .nowInKitchen(3), .nameField, .addressField, .categoryField,
        .hoursField, .minimumField, .feeField, .payoutField, .businessField, .namePlaceholder, .addressPlaceholder,
        .categoryPlaceholder, .hoursPlaceholder, .minimumPlaceholder, .feePlaceholder, .payoutPlaceholder,
        .businessPlaceholder, .nameMissing, .addressMissing, .categoryMissing, .hoursMissing, .payoutMissing,
        .businessMissing, .minimumNotANumber, .feeNotANumber, .registered(store: "Pizza"), .newStoreTitle,
        .firstStoreTitle, .registrationIntro, .registering,
    ]
    static let ownerMenuText: [OwnerMenuText] = [
        .addItem, .editItem, .nameLabel, .namePlaceholder, .priceLabel, .descriptionLabel, .optional, .save,
        .priceAsNumber, .added("Pizza"), .edited("Pizza"), .markedSoldOut, .backOnSale, .menuTitle(store: "Pizza"),
        .loadingMenu, .emptyMenu, .menuSummary(items: 3, soldOut: 3), .soldOut, .onSale, .itemColumn,
        .descriptionColumn, .priceColumn, .statusColumn, .salesTitle(store: "Pizza"), .loadingSales, .today, .overall,
        .cancelled, .rating, .deliveredRevenue(orders: 3), .fees("Pizza"), .cancelledSummary(3), .salesNote,
        .ownerReplyInDetail, .noReplyYet, .reviewTitle(customer: "Pizza"), .timeFact, .starsFact, .orderFact,
        .replyTitle(customer: "Pizza"), .replyLabel, .replyPlaceholder, .postReply, .replied,
        .reviewsTitle(store: "Pizza"), .noReviews, .notReplied, .repliedColumn, .timeColumn, .starsColumn,
        .customerColumn, .reviewColumn, .replyColumn, .ownerReply("Pizza"),
    ]
    static let riderText: [RiderText] = [
        .openJobs, .currentJob, .pastJobs, .noJobToPickUp, .pickedUp(order: "Pizza"), .delivered(order: "Pizza"),
        .noCurrentJob, .orderColumn, .storeColumn, .statusColumn, .menuColumn, .pickUpColumn, .tipColumn,
        .deliveredColumn, .orderHeading(order: "Pizza", status: "Pizza"), .pickUpLine(store: "Pizza", address: "Pizza"),
        .customerLine(name: "Pizza", summary: "Pizza"), .dropOffLine("Pizza"), .readyAround(clock: "Pizza"),
        .pickUpWhenDeliveryStarts(ready: "Pizza"), .pressPWhenFoodIsIn, .pressDOnArrival, .arrivingAt(clock: "Pizza"),
        .foodIsReady, .newJob(store: "Pizza", summary: "Pizza"), .tookJob(order: "Pizza"), .noOpenJobs,
        .pickUpFrom(store: "Pizza", address: "Pizza"), .deliverTo("Pizza"), .noAddressYet, .readyAt(clock: "Pizza"),
        .pickUpNow, .noPastJobs, .pastSummary(today: 1, todayTips: "Pizza", count: 3, tips: "Pizza"), .releaseTitle,
        .releaseQuestion(order: "Pizza", store: "Pizza"), .releaseExplanation, .releaseButton, .releasedJob(order: "Pizza"),
    ]

    static let pastOrdersText: [PastOrdersText] = [
        .title(store: "Pizza"), .loading, .noneYet, .orderColumn, .placedColumn, .itemsColumn, .totalColumn, .outcomeColumn,
        .shownAll(3), .shownSoFar(3), .loadingOlder,
        .detailTitle(order: "Pizza"), .customerFact, .placedFact, .paidFact, .acceptedFact, .deliveryStartedFact,
        .pickedUpFact, .deliveredFact, .stoppedFact, .outcomeFact, .reasonFact, .refundFact, .riderFact, .deliveredEnding,
        .cancelledByCustomer, .customerGaveNoReason, .nothingCharged, .notConfirmedInTime(minutes: 3), .paymentNotCompleted,
        .rejectedByStore, .itemColumn, .unitPriceColumn, .quantityColumn, .amountColumn, .deliveryFee, .total, .privacyNote,
    ]

    static let savedCartText: [SavedCartText] = [
        .restored(count: 3, limit: 3), .restoredNothing, .dropped("Pizza"), .repriced("Pizza"), .removedFromMenu("Pizza"),
        .soldOut("Pizza"), .overLimit(item: "Pizza", limit: 3), .storeGone("Pizza"),
        .priceChange(item: "Pizza", was: "Pizza", now: "Pizza"), .notSaved("Pizza"),
    ]

    /// Every example, each worded in both languages, with the case it came from.
    static var all: [(key: String, text: any Localized)] {
        func keyed<T: Localized>(_ list: [T]) -> [(key: String, text: any Localized)] {
            list.map { (key: "\(T.self).\(String(describing: $0).prefix { $0 != "(" })", text: $0) }
        }
        var all: [(key: String, text: any Localized)] = keyed(HintWord.allCases)
        all += keyed(screenText)
        all += keyed(sessionWords)
        all += keyed(launcherText)
        all += keyed(sSHKeysText)
        all += keyed(customerText)
        all += keyed(customerOrderText)
        all += keyed(savedCartText)
        all += keyed(trackingText)
        all += keyed(ownerText)
        all += keyed(ownerStoreText)
        all += keyed(ownerMenuText)
        all += keyed(riderText)
        all += keyed(pastOrdersText)
        return all
    }
}
