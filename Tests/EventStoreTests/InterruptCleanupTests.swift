import EventStore
import Synchronization
import Testing

/// The normal way out of a command runs its undo steps through the same registry the signal
/// handler empties, so a step runs once whichever way the command ends. (The signal path itself
/// is exercised end to end: `ScratchCleanupTests` interrupts real commands.)
@Suite("Interrupt cleanup")
struct InterruptCleanupTests {
    @Test func aStepRunsOnceAndADroppedStepNever() {
        let ran = Mutex<[String]>([])
        let folder = InterruptCleanup.register { ran.withLock { $0.append("folder") } }
        let server = InterruptCleanup.register { ran.withLock { $0.append("server") } }
        InterruptCleanup.run(server)
        InterruptCleanup.run(server)
        InterruptCleanup.unregister(folder)
        InterruptCleanup.run(folder)
        #expect(ran.withLock { $0 } == ["server"])
    }
}
