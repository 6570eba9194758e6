import DeliveryDomain
import DeliveryEngine
import Foundation

/// Notifications, newest first, unread ones marked; a toast announces each new one on
/// whatever page the customer is.
///
/// Keys: ↑/↓ j/k move; Enter opens a notification whole (``TextDetail``) and marks it read,
/// as a mail client does; Enter again opens its order; `r` marks everything read.
struct InboxPage: Equatable, Sendable {
    var list = SelectionList<NotificationEntry>()
    var unread = 0
    /// The notification open in the detail view, if one is.
    var opened: Opened?
    /// The newest notification already announced; nil before the first read, so the ones
    /// that were there at sign-in are not announced.
    var lastSeen: Int64?

    /// Takes a fresh read and returns what to announce, if anything arrived.
    mutating func receive(_ entries: [NotificationEntry], unread: Int, in language: Language) -> (text: String, kind: Toast.Kind)? {
        list.replaceItems(keepingSelection: entries)
        self.unread = unread
        let newest = entries.map(\.position).max() ?? 0
        defer { lastSeen = max(lastSeen ?? 0, newest) }
        guard let seen = lastSeen else { return nil }
        let fresh = entries.filter { $0.position > seen }
        guard let latest = fresh.first else { return nil }
        let kind: Toast.Kind =
            switch OrderStatus(rawValue: latest.status) {
            case .cancelled, .rejected: .warning
            case .awaitingPayment: .error
            default: .success
            }
        let more = fresh.count > 1 ? " (+\(fresh.count - 1))" : ""
        return (CustomerOrderText.notificationToast(latest.message(in: language)).text(in: language) + more, kind)
    }

    /// A notification read whole, and the view it is read in.
    struct Opened: Equatable, Sendable {
        var entry: NotificationEntry
        var detail: TextDetail
    }

    /// Opens `entry` in the detail view and counts it read at once, so the dot goes before the
    /// engine's answer comes back; the next read agrees.
    mutating func open(_ entry: NotificationEntry, in language: Language) {
        let facts = [
            TextDetail.Fact(CustomerOrderText.timeFact.text(in: language), TimeText.dayAndClock(entry.createdAt)),
            TextDetail.Fact(CustomerOrderText.orderFact.text(in: language), entry.orderId.rawValue),
        ]
        opened = Opened(
            entry: entry,
            detail: TextDetail(
                title: CustomerOrderText.notificationTitle.text(in: language), facts: facts, text: entry.message(in: language)))
        guard entry.unread == true else { return }
        unread = max(0, unread - 1)
        list.replaceItems(
            keepingSelection: list.items.map { item in
                var item = item
                if item.position == entry.position { item.unread = false }
                return item
            })
    }
}

extension CustomerModel {
    mutating func inboxKey(_ key: Key, _ context: ScreenContext) -> [Effect]? {
        if inbox.opened != nil { return openedNotificationKey(key, context) }
        if inbox.list.handle(key) { return [] }
        switch key {
        case .enter, .right, .character("l"):
            guard let entry = inbox.list.selectedItem else { return [] }
            inbox.open(entry, in: language)
            return entry.unread == true ? [.send(.markNotificationRead(at: entry.position, by: actor))] : []
        case .character("r"):
            guard inbox.unread > 0 else {
                notice = Notice(words(.noUnread))
                return []
            }
            return [.send(.markNotificationsRead(by: actor))]
        default:
            return nil
        }
    }

    /// Keys while a notification is open: the pager's, Enter for its order, Esc back to the list.
    private mutating func openedNotificationKey(_ key: Key, _ context: ScreenContext) -> [Effect]? {
        guard let opened = inbox.opened else { return nil }
        switch key {
        case .escape, .left, .character("h"):
            inbox.opened = nil
            return []
        case .enter, .right, .character("l"):
            inbox.opened = nil
            pages.append(.tracking(opened.entry.orderId))
            return []
        default:
            let handled = inbox.opened?.detail.handle(key, in: SessionLayout.pageArea(for: context.size)) ?? false
            return handled ? [] : nil
        }
    }

    func inboxHints() -> [KeyHint] {
        if inbox.opened != nil {
            return [KeyHint(key: "Enter/→/l", .viewOrder, in: language)] + TextDetail.hints(in: language)
        }
        return [
            KeyHint(key: "Enter/→/l", .open, in: language), KeyHint(key: "r", .markAllRead, in: language),
            KeyHint(key: "↑↓/jk", .move, in: language),
            KeyHint(key: "PgUp/PgDn", .pageByPage, in: language), KeyHint(key: "/", .filter, in: language),
        ]
    }

    func renderInbox(into grid: inout CellGrid, in area: Rect) {
        if let opened = inbox.opened {
            opened.detail.render(into: &grid, in: area)
            return
        }
        let inside = grid.box(area, title: words(CustomerText.inbox), style: .accent).inset(left: 1, right: 1)
        guard !inside.isEmpty else { return }
        grid.put(
            words(inbox.unread == 0 ? .allRead : .unreadCount(inbox.unread)), x: inside.x, y: inside.y,
            style: inbox.unread == 0 ? .muted : .accent.bold())
        let body = inside.inset(top: 2)
        if inbox.list.isEmpty {
            grid.put(words(.noNotifications), x: body.x, y: body.y, style: .muted)
            return
        }
        let rows = inbox.list.items.map { entry in
            TableRow(
                [
                    entry.unread == true ? "●" : " ", TimeText.dayAndClock(entry.createdAt), entry.orderId.rawValue,
                    entry.message(in: language),
                ],
                style: entry.unread == true ? .emphasis : .muted)
        }
        let table = Table(
            columns: [
                TableColumn("", width: .fixed(1)), TableColumn(words(.timeColumn)), TableColumn(words(.orderColumn)),
                TableColumn(words(CustomerOrderText.contentColumn), width: .flex(1)),
            ],
            rows: rows)
        table.render(
            into: &grid, in: body, selectedRow: inbox.list.selectedIndex,
            firstRow: inbox.list.firstVisibleIndex(forRows: table.bodyHeight(forHeight: body.height)))
    }
}
