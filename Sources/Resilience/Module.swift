// Resilience
