import DeliveryDomain
import DeliveryEngine

extension LauncherModel {
    func render(into grid: inout CellGrid, context: ScreenContext) -> CursorPosition? {
        let title: String
        switch mode {
        case .menu: title = words(.start)
        case .signIn: title = words(.signIn)
        case .signUp: title = words(.signUp)
        }
        let brand = SessionWords.brand.text(in: language)
        let body = ScreenChrome(title: "\(brand) · \(title)", status: TimeText.clock(context.now), hints: hints)
            .render(into: &grid)
        let box = body.centered(width: min(72, body.width - 4), height: min(16, body.height))
        let inside = grid.box(box, title: brand, style: .accent).inset(top: 1, left: 2, right: 2)
        grid.put(words(.tagline), x: inside.x, y: inside.y, style: .emphasis)
        switch storeCount {
        case .some(let counts) where counts.total == 0:
            grid.put(words(.noStoresYet), x: inside.x, y: inside.y + 1, style: .warning)
        case .some(let counts):
            grid.put(Self.openStoresLine(counts, in: language), x: inside.x, y: inside.y + 1, style: .muted)
        case .none:
            break
        }
        if let database = context.database {
            grid.put("DB \(database.full)", x: inside.x, y: inside.y + 2, style: .muted, maxWidth: inside.width)
        }
        let content = inside.inset(top: 3)
        switch mode {
        case .menu:
            let list = Rect(x: content.x, y: content.y, width: content.width, height: menu.items.count)
            menu.render(into: &grid, in: list) { entry, selected, line, grid in
                let style: Style = selected ? .selected.bold() : .plain
                grid.fill(line, style: selected ? .selected : .plain)
                grid.put((selected ? "▸ " : "  ") + "\(entry.shortcut)  " + entry.title(in: language), x: line.x, y: line.y, style: style)
                grid.put(
                    entry.detail(in: language), in: Rect(x: line.x + 26, y: line.y, width: line.width - 26, height: 1),
                    style: selected ? .selected : .muted)
            }
            let status = Rect(
                x: content.x, y: content.y + menu.items.count + 1, width: content.width,
                height: max(0, content.maxY - content.y - menu.items.count - 1))
            if let busy {
                Notice(busy).render(into: &grid, in: status)
            } else {
                notice?.render(into: &grid, in: status)
            }
            return nil
        case .signIn:
            return signIn.renderFields(into: &grid, in: content)
        case .signUp:
            return signUp.renderFields(into: &grid, in: content)
        }
    }

    /// "가게 5곳 중 1곳이 문을 열었어요.": how many of the stores take orders now, so four
    /// closed stores of five are not announced as five open ones.
    static func openStoresLine(_ counts: StoreCounts, in language: Language = .standard) -> String {
        let words: LauncherText =
            switch counts.open {
            case counts.total: .allStoresOpen(total: counts.total)
            case 0: .allStoresClosed(total: counts.total)
            default: .someStoresOpen(open: counts.open, total: counts.total)
            }
        return words.text(in: language)
    }
}
