import DeliveryDomain
import DeliveryEngine

extension OwnerModel {
    func hints(context: ScreenContext) -> [KeyHint] {
        if let open = prompt { return open.prompt.hints }
        var hints: [KeyHint]
        switch section {
        case .incoming: hints = incomingHints()
        case .kitchen: hints = kitchenHints()
        case .store: hints = storeHints()
        case .menu: hints = menuEditorHints()
        case .sales: hints = []
        case .reviews: hints = reviewsHints()
        }
        hints = [KeyHint(key: "?", action: "도움말")] + hints + [KeyHint(key: "Tab/1-6", action: "탭"), KeyHint(key: "q", action: "종료"),
                                                             KeyHint(key: "S-Tab", action: "이전 탭")]
        if stores.count > 1 { hints.append(KeyHint(key: "[/]", action: "가게 바꾸기")) }
        return hints
    }

    var tabs: [SectionTab] {
        OwnerSection.allCases.map { section in
            switch section {
            case .incoming: SectionTab(section.rawValue, section.title, badge: incoming.isEmpty ? nil : "\(incoming.items.count)")
            case .kitchen: SectionTab(section.rawValue, section.title, badge: kitchen.isEmpty ? nil : "\(kitchen.items.count)")
            default: SectionTab(section.rawValue, section.title)
            }
        }
    }

    func render(into grid: inout CellGrid, context: ScreenContext) -> CursorPosition? {
        var status = TimeText.clock(context.now)
        if let store = currentStore, let state = storeState {
            status = "\(store.name) · \(Availability(state, at: context.now).label) · " + status
        }
        let layout = SessionLayout(
            title: "배달 · \(who.name) (\(Role.owner.koreanLabel))", status: status, tabs: tabs,
            activeTab: section.rawValue, hints: hints(context: context), notice: notice)
        let area = layout.render(into: &grid)
        guard currentStore != nil else {
            let inside = grid.box(area, title: "가게 없음", style: .accent).inset(top: 1, left: 2, right: 2)
            let text = storesLoaded
                ? "아직 등록한 가게가 없어요. 가게는 스크립트로 등록해요: baedal run 으로 store \"이름\" category … 명령을 실행하세요 (README의 명령어 참고)."
                : "가게를 불러오는 중…"
            for (index, line) in text.wrapped(toWidth: inside.width).enumerated() {
                grid.put(line, x: inside.x, y: inside.y + index, style: .muted)
            }
            return nil
        }
        switch section {
        case .incoming: renderIncoming(into: &grid, in: area, context: context)
        case .kitchen: renderKitchen(into: &grid, in: area, context: context)
        case .store: renderStoreSettings(into: &grid, in: area, context: context)
        case .menu: renderMenuEditor(into: &grid, in: area)
        case .sales: renderSales(into: &grid, in: area)
        case .reviews: renderReviews(into: &grid, in: area)
        }
        return prompt?.prompt.render(into: &grid, in: area)
    }
}
