import EventStore
import PostgresNIO
