extension CircuitBreaker {
    /// When to stop calling a failing dependency and when to try it again.
    ///
    /// The defaults are tuned for a card processor called by a delivery app: authorisations normally take
    /// 0.3–1 s, a checkout waits a few seconds at most, and orders arrive from a few per minute to tens per second.
    public struct Configuration: Sendable, Equatable {
        /// How many of the most recent calls are judged. Default 20: big enough that one unlucky blip is a 5%
        /// swing rather than a verdict, small enough that a processor which goes down is noticed within 20 calls.
        public var windowSize: Int
        /// No verdict until this many calls are in the window. Default 10: after a (re)start, 1 failure out of 2
        /// calls is 50% but proves nothing; 10 calls is the least evidence that still reacts within seconds at peak.
        public var minimumCalls: Int
        /// Open when at least this share of the window failed. Default 0.5: the retry policy already absorbs
        /// sparse failures; when half of all calls fail, customers are better served by a quick "try again in a
        /// few seconds" than by each waiting out a chain of timeouts, and the processor gets room to recover.
        public var failureRateThreshold: Double
        /// A call taking at least this long counts as slow. Default 2 s: two to six times a normal authorisation;
        /// beyond that the processor is queueing and the customer is staring at a spinner.
        public var slowCallDuration: Duration
        /// Open when at least this share of the window was slow. Default 0.8: a few slow calls are normal
        /// (issuer 3-D checks, cold connections); only a processor that is slow for almost everyone is
        /// treated like a failing one, because slow answers still take money successfully.
        public var slowCallRateThreshold: Double
        /// How long to refuse calls once open before probing. Default 5 s: about what a restarted processor
        /// instance or a failed-over load balancer needs, and short enough that a waiting customer's retry
        /// lands after it.
        public var openDuration: Duration
        /// Calls let through while half-open; all must succeed (and not be slow) to close. Default 3: a single
        /// lucky success is weak evidence, and three probes still cost little if the processor is still down.
        public var halfOpenProbes: Int

        public init(
            windowSize: Int = 20,
            minimumCalls: Int = 10,
            failureRateThreshold: Double = 0.5,
            slowCallDuration: Duration = .seconds(2),
            slowCallRateThreshold: Double = 0.8,
            openDuration: Duration = .seconds(5),
            halfOpenProbes: Int = 3
        ) {
            precondition(windowSize > 0, "windowSize must be positive")
            precondition((1...windowSize).contains(minimumCalls), "minimumCalls must be in 1...windowSize")
            precondition(failureRateThreshold > 0 && failureRateThreshold <= 1, "failureRateThreshold is a share in (0, 1]")
            precondition(slowCallRateThreshold > 0 && slowCallRateThreshold <= 1, "slowCallRateThreshold is a share in (0, 1]")
            precondition(openDuration >= .zero, "openDuration cannot be negative")
            precondition(halfOpenProbes > 0, "halfOpenProbes must be positive")
            self.windowSize = windowSize
            self.minimumCalls = minimumCalls
            self.failureRateThreshold = failureRateThreshold
            self.slowCallDuration = slowCallDuration
            self.slowCallRateThreshold = slowCallRateThreshold
            self.openDuration = openDuration
            self.halfOpenProbes = halfOpenProbes
        }
    }
}
