import DeliveryDomain
import DeliveryEngine
import Payments

/// What the addresses page asks in a prompt.
enum AddressesPrompt: Equatable, Sendable {
    /// A new address and its note.
    case add
    /// Whether to remove this address, or forget this card.
    case remove(AddressesPage.Entry)
}

/// "주소·카드" (`A`): where the customer's orders go, and the cards kept for one-key checkout.
///
/// Addresses come first, the default marked ★ (checkout preselects it); remembered cards
/// follow, shown by brand and last four only, as nothing more is kept. Changes are account
/// events (``AccountEvent``), so every session of the customer sees them.
///
/// Keys: `a` adds an address (with an optional note for the rider), Enter makes the selected
/// address the default, `d`/Delete removes the selected address or card after asking, ↑/↓ j/k
/// move, Esc goes back.
struct AddressesPage: Equatable, Sendable {
    enum Entry: Equatable, Sendable, Identifiable {
        case address(DeliveryAddress, isDefault: Bool)
        case card(CardOnFile)

        /// An address by its text, a card as shown: what the selection follows across reads.
        var id: String {
            switch self {
            case .address(let address, _): "address \(address.address)"
            case .card(let card): "card \(card.description)"
            }
        }
    }

    var entries = SelectionList<Entry>()

    mutating func receive(_ account: AccountState) {
        let addresses = account.addresses.all.map {
            Entry.address($0, isDefault: $0.address == account.addresses.defaultAddress)
        }
        entries.replaceItems(keepingSelection: addresses + account.cards.all.map(Entry.card))
    }
}

extension CustomerModel {
    /// Opens the page over the current section and asks for the account.
    mutating func openAddresses() -> [Effect] {
        var page = AddressesPage()
        if let account { page.receive(account) }
        pages.append(.addresses(page))
        return [.fetch(.account(actor))]
    }

    mutating func addressesKey(_ key: Key) -> [Effect]? {
        guard case .addresses(var page) = pages.last else { return nil }
        if page.entries.handle(key) {
            replaceTop(.addresses(page))
            return []
        }
        switch key {
        case .character("a"):
            prompt = OpenPrompt(
                prompt: Prompt(
                    title: words(.addAddressTitle),
                    lines: [words(.addAddressExplanation)],
                    fields: [
                        Prompt.Field(
                            words(TrackingText.addressLabel),
                            TextField(placeholder: words(TrackingText.addressPlaceholder), maxLength: FreeText.Field.address.maxLength)),
                        Prompt.Field(
                            words(.noteLabel),
                            TextField(placeholder: words(.notePlaceholder), maxLength: FreeText.Field.deliveryNote.maxLength)),
                    ],
                    submitLabel: words(TrackingText.save), language: language),
                purpose: .addresses(.add))
            return []
        case .enter:
            guard case .address(let address, let isDefault)? = page.entries.selectedItem else { return [] }
            if isDefault {
                notice = Notice(words(.alreadyDefault))
                return []
            }
            return [.send(.setDefaultAddress(address.address, by: actor))]
        case .character("d"), .delete:
            guard let entry = page.entries.selectedItem else {
                notice = Notice(words(.nothingToDelete))
                return []
            }
            let (title, line) =
                switch entry {
                case .address(let address, _): (words(.deleteAddressTitle), words(.deleteAddressQuestion(address.address)))
                case .card(let card): (words(.deleteCardTitle), words(.deleteCardQuestion(Self.cardLabel(card))))
                }
            prompt = OpenPrompt(
                prompt: Prompt(title: title, lines: [line], submitLabel: words(TrackingText.delete), language: language),
                purpose: .addresses(.remove(entry)))
            return []
        default:
            return nil
        }
    }

    /// A prompt of the page answered: the address saved, or the entry removed.
    mutating func addressesSubmitted(_ purpose: AddressesPrompt, _ prompt: Prompt) -> [Effect] {
        switch purpose {
        case .add:
            let note = prompt.text(1)
            return [.send(.addAddress(prompt.text(0), note: note.isEmpty ? nil : note, makeDefault: false, by: actor))]
        case .remove(.address(let address, _)):
            return [.send(.removeAddress(address.address, by: actor))]
        case .remove(.card(let card)):
            return [.send(.forgetCard(card.description, by: actor))]
        }
    }

    /// The answer to a change on the page: said in a notice, and the account read again.
    mutating func addressesFinished(_ action: Action, _ result: Result<ActionOutcome, DeliveryError>) -> [Effect] {
        switch result {
        case .failure(let error):
            if case .addAddress = action, case .addresses(.add)? = prompt?.purpose {
                prompt?.prompt.error = error.text(in: language)  // the form stays, its text with it
            } else {
                notice = .refusal(error, in: language)
            }
        case .success:
            if case .addAddress = action, case .addresses(.add)? = prompt?.purpose { prompt = nil }
            switch action {
            case .addAddress(let address, _, _, _): notice = .success(words(.addressSaved(address)))
            case .removeAddress(let address, _): notice = .success(words(.addressDeleted(address)))
            case .setDefaultAddress(let address, _): notice = .success(words(.defaultChanged(address)))
            case .forgetCard: notice = .success(words(.cardForgotten))
            default: break
            }
        }
        return refreshEffects()
    }

    func addressesHints() -> [KeyHint] {
        var hints = [KeyHint(key: "a", .addAddress, in: language)]
        if case .addresses(let page) = pages.last, let entry = page.entries.selectedItem {
            if case .address(_, false) = entry { hints.append(KeyHint(.enter, .makeDefault, in: language)) }
            hints.append(KeyHint(key: "d/Del", .delete, in: language))
        }
        return hints + [KeyHint(key: "↑↓/jk", .move, in: language), KeyHint(.escape, .back, in: language)]
    }

    func renderAddresses(_ page: AddressesPage, into grid: inout CellGrid, in area: Rect) {
        let inside = grid.box(area, title: words(.addressesTitle), style: .accent).inset(left: 1, right: 1)
        guard !inside.isEmpty else { return }
        grid.put(
            words(.addressesExplanation), x: inside.x, y: inside.y, style: .muted,
            maxWidth: inside.width)
        let body = inside.inset(top: 2)
        guard !page.entries.items.isEmpty else {
            grid.put(
                words(.noAddresses), x: body.x, y: body.y, style: .muted,
                maxWidth: body.width)
            return
        }
        let table = Table(
            columns: [TableColumn(words(.kindColumn)), TableColumn(words(TrackingText.contentColumn), width: .flex(1))],
            rows: page.entries.items.map { entry in
                switch entry {
                case .address(let address, let isDefault):
                    TableRow([words(isDefault ? .defaultAddress : .address), address.oneLine])
                case .card(let card):
                    TableRow([words(.card), "\(Self.cardLabel(card)) · \(card.expiryMonth)/\(card.expiryYear % 100)"])
                }
            })
        table.render(
            into: &grid, in: body, selectedRow: page.entries.selectedIndex,
            firstRow: page.entries.firstVisibleIndex(forRows: table.bodyHeight(forHeight: body.height)))
    }
}
