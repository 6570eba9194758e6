import CursesDriver
import DeliveryDomain
import DeliveryEngine
import Foundation
import Payments
import TerminalUI

/// The real implementations of what sessions need beyond the UI: card payments, the
/// sample stores and the demo.
enum LiveServices {
    @MainActor
    static func make(databasePath: String, terminal: CursesTerminal) -> SessionServices {
        SessionServices(
            checkout: { engine, store, lines, card, actor in
                await outcome {
                    let result = try await engine.placeOrder(from: store, lines: lines, card: details(card), as: actor)
                    return .placed(result.order, result.payment)
                }
            },
            pay: { engine, order, card, actor in
                await outcome { .payment(try await engine.pay(order, card: details(card), as: actor)) }
            },
            loadSampleStores: { await SampleStores.load(into: databasePath) },
            launchDemo: { [weak terminal] in
                guard let terminal else { return "The demo is not available." }
                return DemoLauncher.launch(terminal: terminal)
            })
    }

    static func details(_ card: CardEntry) -> CardDetails {
        CardDetails(number: card.number, expiryMonth: card.expiryMonth, expiryYear: card.expiryYear, cvc: card.cvc)
    }

    static func outcome(_ body: () async throws -> ActionOutcome) async -> Result<ActionOutcome, DeliveryError> {
        do {
            return .success(try await body())
        } catch let error as DeliveryError {
            return .failure(error)
        } catch {
            return .failure(.storage("\(error)"))
        }
    }
}
