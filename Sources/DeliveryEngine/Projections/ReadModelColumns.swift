import DeliveryDomain
import GRDB

// The read models' rows hold typed ids and statuses, stored as the TEXT columns they always
// were: an id as its raw string, a status as its raw value. No schema change, and a row
// written before reads back the same.

extension Identifier: SQLExpressible, StatementBinding, DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { rawValue.databaseValue }

    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> Self? {
        String.fromDatabaseValue(dbValue).map(Self.init)
    }
}

extension OrderStatus: SQLExpressible, StatementBinding, DatabaseValueConvertible {}
