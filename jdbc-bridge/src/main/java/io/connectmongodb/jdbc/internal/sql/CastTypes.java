package io.connectmongodb.jdbc.internal.sql;

import net.sf.jsqlparser.expression.CastExpression;
import org.bson.BsonDocument;
import org.bson.BsonType;
import org.bson.BsonValue;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;

/** Maps SQL CAST target types to the aggregation conversion operators and the resulting BSON type. */
final class CastTypes {

    private record Conversion(String operator, BsonType type) {
    }

    private static final Map<String, Conversion> CONVERSIONS = Map.ofEntries(
            Map.entry("INTEGER", new Conversion("$toInt", BsonType.INT32)),
            Map.entry("INT", new Conversion("$toInt", BsonType.INT32)),
            Map.entry("SMALLINT", new Conversion("$toInt", BsonType.INT32)),
            Map.entry("TINYINT", new Conversion("$toInt", BsonType.INT32)),
            Map.entry("BIGINT", new Conversion("$toLong", BsonType.INT64)),
            Map.entry("DOUBLE", new Conversion("$toDouble", BsonType.DOUBLE)),
            Map.entry("DOUBLE PRECISION", new Conversion("$toDouble", BsonType.DOUBLE)),
            Map.entry("FLOAT", new Conversion("$toDouble", BsonType.DOUBLE)),
            Map.entry("REAL", new Conversion("$toDouble", BsonType.DOUBLE)),
            Map.entry("DECIMAL", new Conversion("$toDecimal", BsonType.DECIMAL128)),
            Map.entry("NUMERIC", new Conversion("$toDecimal", BsonType.DECIMAL128)),
            Map.entry("VARCHAR", new Conversion("$toString", BsonType.STRING)),
            Map.entry("CHAR", new Conversion("$toString", BsonType.STRING)),
            Map.entry("CHARACTER VARYING", new Conversion("$toString", BsonType.STRING)),
            Map.entry("NVARCHAR", new Conversion("$toString", BsonType.STRING)),
            Map.entry("TEXT", new Conversion("$toString", BsonType.STRING)),
            Map.entry("STRING", new Conversion("$toString", BsonType.STRING)),
            Map.entry("BOOLEAN", new Conversion("$toBool", BsonType.BOOLEAN)),
            Map.entry("BOOL", new Conversion("$toBool", BsonType.BOOLEAN)),
            Map.entry("DATE", new Conversion("$toDate", BsonType.DATE_TIME)),
            Map.entry("TIMESTAMP", new Conversion("$toDate", BsonType.DATE_TIME)),
            Map.entry("DATETIME", new Conversion("$toDate", BsonType.DATE_TIME)),
            Map.entry("OBJECTID", new Conversion("$toObjectId", BsonType.OBJECT_ID)));

    private CastTypes() {
    }

    static BsonDocument convert(CastExpression cast, BsonValue operand) throws SQLException {
        return new BsonDocument(conversion(cast).operator(), operand);
    }

    static BsonType resultType(CastExpression cast) throws SQLException {
        return conversion(cast).type();
    }

    private static Conversion conversion(CastExpression cast) throws SQLException {
        String typeName = cast.getColDataType().getDataType().toUpperCase(Locale.ROOT);
        int arguments = typeName.indexOf('(');
        typeName = (arguments >= 0 ? typeName.substring(0, arguments) : typeName).trim();
        Conversion conversion = CONVERSIONS.get(typeName);
        if (conversion == null) {
            throw Unsupported.construct("CAST to " + typeName, cast);
        }
        return conversion;
    }
}
