import DeliveryDomain

/// The rider's screens' words, in each language.
enum RiderText: Equatable, Sendable, WordedPerLanguage {
    case openJobs, currentJob, pastJobs
    case noJobToPickUp, pickedUp(order: String), delivered(order: String)
    case noCurrentJob
    case orderColumn, storeColumn, statusColumn, menuColumn, pickUpColumn, tipColumn, deliveredColumn
    case orderHeading(order: String, status: String)
    case pickUpLine(store: String, address: String), customerLine(name: String, summary: String), dropOffLine(String)
    case readyAround(clock: String)
    case pickUpWhenDeliveryStarts(ready: String)
    case pressPWhenFoodIsIn, pressDOnArrival
    case arrivingAt(clock: String)
    case foodIsReady
    case newJob(store: String, summary: String)
    case tookJob(order: String)
    case noOpenJobs
    case pickUpFrom(store: String, address: String), deliverTo(String), noAddressYet
    case readyAt(clock: String), pickUpNow
    case noPastJobs
    case pastSummary(today: Int, todayTips: String, count: Int, tips: String)
    case releaseTitle, releaseQuestion(order: String, store: String), releaseExplanation, releaseButton
    case releasedJob(order: String)

    var korean: String {
        switch self {
        case .openJobs: "배차 대기"
        case .currentJob: "내 배달"
        case .pastJobs: "지난 배달"
        case .noJobToPickUp: "맡은 배달이 없어요. 1 배차 대기에서 Enter로 배달을 맡으세요."
        case .pickedUp(let order): "\(order) 픽업했어요. 도착하면 d를 누르세요."
        case .delivered(let order): "\(order) 배달 완료! 수고했어요."
        case .noCurrentJob: "맡은 배달이 없어요. 1 배차 대기에서 Enter로 맡으세요."
        case .orderColumn: "주문"
        case .storeColumn: "가게"
        case .statusColumn: "상태"
        case .menuColumn: "메뉴"
        case .pickUpColumn: "픽업"
        case .tipColumn: "배달팁"
        case .deliveredColumn: "배달 완료"
        case .orderHeading(let order, let status): "주문 \(order) · \(status)"
        case .pickUpLine(let store, let address): "픽업  \(store) · \(address)"
        case .customerLine(let name, let summary): "고객  \(name) · \(summary)"
        case .dropOffLine(let address): "배달  \(address)"
        case .readyAround(let clock): "\(clock)쯤 완성 예정 · "
        case .pickUpWhenDeliveryStarts(let ready): "\(ready)가게가 배달을 시작하면 p로 픽업하세요."
        case .pressPWhenFoodIsIn: " 음식을 받으면 p"
        case .pressDOnArrival: " 도착하면 d"
        case .arrivingAt(let clock): "\(clock) 도착 예정 "
        case .foodIsReady: "음식이 준비됐어요. 가게에서 받으면 p를 누르세요."
        case .newJob(let store, let summary): "새 배차 · \(store) · \(summary)"
        case .tookJob(let order): "배달 \(KoreanParticle.object(order)) 맡았어요. 가게가 배달을 시작하면 p로 픽업하세요."
        case .noOpenJobs: "맡을 수 있는 배달이 없어요. 가게가 주문을 확인하면 여기에 떠요."
        case .pickUpFrom(let store, let address): "픽업: \(store) · \(address)"
        case .deliverTo(let address): "배달: \(address)"
        case .noAddressYet: "주소 없음 (주소가 생기기 전의 주문)"
        case .readyAt(let clock): "\(clock) 완성 예정"
        case .pickUpNow: "바로 픽업"
        case .noPastJobs: "아직 끝낸 배달이 없어요."
        case .pastSummary(let today, let todayTips, let count, let tips):
            "오늘 \(today)건 · \(todayTips) | 최근 \(OrderLimits.historyMonths)개월 \(count)건 · 배달팁 합계 \(tips)"
        case .releaseTitle: "배차 반납"
        case .releaseQuestion(let order, let store): "이 배차를 반납할까요? (\(order) · \(store))"
        case .releaseExplanation: "배차 대기로 돌아가 다른 라이더가 맡아요. 고객과 가게에도 알려요."
        case .releaseButton: "반납"
        case .releasedJob(let order): "배달 \(KoreanParticle.object(order)) 반납했어요. 다른 라이더가 맡을 수 있어요."
        }
    }

    var english: String {
        switch self {
        case .openJobs: "Open jobs"
        case .currentJob: "My job"
        case .pastJobs: "Past jobs"
        case .noJobToPickUp: "You have no job. Take one with Enter on 1 Open jobs."
        case .pickedUp(let order): "Picked up \(order). Press d when you arrive."
        case .delivered(let order): "\(order) delivered! Well done."
        case .noCurrentJob: "You have no job. Take one with Enter on 1 Open jobs."
        case .orderColumn: "Order"
        case .storeColumn: "Store"
        case .statusColumn: "Status"
        case .menuColumn: "Items"
        case .pickUpColumn: "Pick-up"
        case .tipColumn: "Fee"
        case .deliveredColumn: "Delivered"
        case .orderHeading(let order, let status): "Order \(order) · \(status)"
        case .pickUpLine(let store, let address): "From  \(store) · \(address)"
        case .customerLine(let name, let summary): "For   \(name) · \(summary)"
        case .dropOffLine(let address): "To    \(address)"
        case .readyAround(let clock): "ready about \(clock) · "
        case .pickUpWhenDeliveryStarts(let ready): "\(ready)press p to pick up once the store starts delivery."
        case .pressPWhenFoodIsIn: " p once you have the food"
        case .pressDOnArrival: " d on arrival"
        case .arrivingAt(let clock): "arriving \(clock) "
        case .foodIsReady: "The food is ready. Press p once the store hands it over."
        case .newJob(let store, let summary): "New job · \(store) · \(summary)"
        case .tookJob(let order): "You took job \(order). Press p to pick up once the store starts delivery."
        case .noOpenJobs: "No jobs to take. They appear here once a store confirms an order."
        case .pickUpFrom(let store, let address): "Pick up: \(store) · \(address)"
        case .deliverTo(let address): "Deliver: \(address)"
        case .noAddressYet: "no address (ordered before addresses existed)"
        case .readyAt(let clock): "ready \(clock)"
        case .pickUpNow: "pick up now"
        case .noPastJobs: "No finished jobs yet."
        case .pastSummary(let today, let todayTips, let count, let tips):
            "Today \(today) job\(today == 1 ? "" : "s") · \(todayTips) | last \(OrderLimits.historyMonths) months "
                + "\(count) job\(count == 1 ? "" : "s") · fees \(tips)"
        case .releaseTitle: "Give the job back"
        case .releaseQuestion(let order, let store): "Give this job back? (\(order) · \(store))"
        case .releaseExplanation: "It returns to the open jobs for another rider; the customer and the store are told."
        case .releaseButton: "Give back"
        case .releasedJob(let order): "You gave job \(order) back; another rider can take it now."
        }
    }
}

extension RiderModel {
    func words(_ text: RiderText) -> String { text.text(in: language) }
}
