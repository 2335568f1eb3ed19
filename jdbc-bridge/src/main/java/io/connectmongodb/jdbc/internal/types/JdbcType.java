package io.connectmongodb.jdbc.internal.types;

import org.bson.BsonType;

import java.sql.Types;

/**
 * How a BSON type is presented through JDBC.
 *
 * <table>
 * <caption>BSON to JDBC</caption>
 * <tr><th>BSON</th><th>JDBC type</th><th>getObject</th></tr>
 * <tr><td>int32</td><td>INTEGER</td><td>Integer</td></tr>
 * <tr><td>int64</td><td>BIGINT</td><td>Long</td></tr>
 * <tr><td>double</td><td>DOUBLE</td><td>Double</td></tr>
 * <tr><td>decimal128</td><td>DECIMAL</td><td>BigDecimal</td></tr>
 * <tr><td>string (and symbol, JavaScript, regex: as text)</td><td>VARCHAR</td><td>String</td></tr>
 * <tr><td>boolean</td><td>BOOLEAN</td><td>Boolean</td></tr>
 * <tr><td>date (and the internal timestamp)</td><td>TIMESTAMP, time of day kept</td><td>java.sql.Timestamp</td></tr>
 * <tr><td>binary</td><td>BINARY</td><td>byte[]</td></tr>
 * <tr><td>objectId</td><td>VARCHAR (hex)</td><td>ObjectId</td></tr>
 * <tr><td>document / array</td><td>VARCHAR (JSON text)</td><td>Map / List</td></tr>
 * </table>
 *
 * @param sqlType   the {@link Types} constant
 * @param typeName  the type name reported in metadata
 * @param className the class {@code getObject} returns
 * @param precision the column size reported in metadata
 */
public record JdbcType(int sqlType, String typeName, String className, int precision, int scale) {

    public static final JdbcType INTEGER = new JdbcType(Types.INTEGER, "INTEGER", Integer.class.getName(), 10, 0);
    public static final JdbcType BIGINT = new JdbcType(Types.BIGINT, "BIGINT", Long.class.getName(), 19, 0);
    public static final JdbcType DOUBLE = new JdbcType(Types.DOUBLE, "DOUBLE", Double.class.getName(), 15, 15);
    public static final JdbcType DECIMAL = new JdbcType(Types.DECIMAL, "DECIMAL", java.math.BigDecimal.class.getName(), 34, 34);
    public static final JdbcType VARCHAR = new JdbcType(Types.VARCHAR, "VARCHAR", String.class.getName(), Integer.MAX_VALUE, 0);
    public static final JdbcType BOOLEAN = new JdbcType(Types.BOOLEAN, "BOOLEAN", Boolean.class.getName(), 1, 0);
    public static final JdbcType TIMESTAMP = new JdbcType(Types.TIMESTAMP, "TIMESTAMP", java.sql.Timestamp.class.getName(), 29, 3);
    public static final JdbcType BINARY = new JdbcType(Types.BINARY, "BINARY", byte[].class.getName(), Integer.MAX_VALUE, 0);
    public static final JdbcType OBJECT_ID = new JdbcType(Types.VARCHAR, "OBJECTID", "org.bson.types.ObjectId", 24, 0);
    public static final JdbcType DOCUMENT = new JdbcType(Types.VARCHAR, "DOCUMENT", java.util.Map.class.getName(), Integer.MAX_VALUE, 0);
    public static final JdbcType ARRAY = new JdbcType(Types.VARCHAR, "ARRAY", java.util.List.class.getName(), Integer.MAX_VALUE, 0);

    /** The JDBC presentation of a BSON type; {@code null} (type unknown) is presented as VARCHAR. */
    public static JdbcType of(BsonType type) {
        if (type == null) {
            return VARCHAR;
        }
        switch (type) {
            case INT32:
                return INTEGER;
            case INT64:
                return BIGINT;
            case DOUBLE:
                return DOUBLE;
            case DECIMAL128:
                return DECIMAL;
            case BOOLEAN:
                return BOOLEAN;
            case DATE_TIME:
            case TIMESTAMP:
                return TIMESTAMP;
            case BINARY:
                return BINARY;
            case OBJECT_ID:
                return OBJECT_ID;
            case DOCUMENT:
                return DOCUMENT;
            case ARRAY:
                return ARRAY;
            default:
                return VARCHAR;
        }
    }
}
