import ArgumentParser
import DeliveryDomain
import DeliveryEngine
import Foundation

struct Timeline: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print one order's events with their times and who acted.",
        discussion: """
            ORDER is the order's id as screens and `baedal run` show it (e.g. 7K3QX9MB).

            An operator's tool: it reads the database file directly and shows any order to \
            whoever can read the file, with no sign-in. Text people typed is printed with control \
            and direction characters escaped (\\u{1B}), never raw.
            """
    )

    @Argument(help: "The order's id.")
    var order: String

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let engine = try await EngineOpener.openExisting(database.resolvedPath)
        do {
            let entries = try await engine.timeline(of: OrderID(order.uppercased()))
            for entry in entries {
                print(TimelineText.line(entry))
            }
        } catch {
            printError(error.description)
            throw ExitCode(1)
        }
    }
}

/// The timeline's text. The log may hold names, reasons and reviews written before the rules
/// refused control and direction characters, so each line is escaped before it is printed.
enum TimelineText {
    static func line(_ entry: TimelineEntry) -> String {
        let type = entry.type.padding(toLength: 18, withPad: " ", startingAt: 0)
        return FreeText.escapedForTerminal(
            "\(KoreanTime.full(entry.at))  #\(entry.position)  v\(entry.version)  \(type) by \(entry.actor)  \(describe(entry.event))")
    }

    static func describe(_ event: OrderEvent) -> String {
        switch event {
        case .placed(let e):
            "\(e.storeName): \(e.lines.map { "\($0.name) ×\($0.quantity)" }.joined(separator: ", ")), total \(e.total)"
                + (e.deliveryAddress.map { ", to \($0)" } ?? "") + (e.deliveryNote.map { " (\($0))" } ?? "")
        case .paymentRequested(let e): "\(e.amount) on \(e.card)"
        case .paymentApproved(let e): "payment \(e.paymentID)"
        // The stored type says PaymentDeclined for both; say which it was.
        case .paymentDeclined(let e): e.outcome.isProcessorFailure ? "processor failure, not a decline: \(e.reason)" : e.reason
        case .cancelled(let e): "by \(e.by.rawValue): \(e.reason)"
        case .rejected(let e): e.reason
        case .refunded(let e): "\(e.amount) back to the card"
        case .confirmed(let e): "cooking \(e.cookMinutes) min"
        case .riderAssigned(let e): "rider \(e.rider)"
        case .riderReleased(let e): "rider \(e.rider) gave the job back"
        case .deliveryStarted(let e): "travel \(e.travelMinutes) min"
        case .pickedUp, .delivered: ""
        case .reviewed(let e): "\(String(repeating: "★", count: e.rating)) \(e.text)"
        case .reviewReplied(let e): e.text
        case .queuedForKitchen: "kitchen full: waiting in the store's queue"
        case .admitted: "let into the kitchen"
        case .cardHoldReleased(let e): "nothing left held on the card for \(e.idempotencyKey)"
        }
    }
}
