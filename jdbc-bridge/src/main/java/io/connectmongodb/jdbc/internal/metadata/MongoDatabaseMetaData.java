package io.connectmongodb.jdbc.internal.metadata;

import io.connectmongodb.driver.MongoClient;
import io.connectmongodb.jdbc.internal.connection.JdbcUrl;
import io.connectmongodb.jdbc.internal.connection.MongoConnection;
import io.connectmongodb.jdbc.internal.connection.SqlExceptions;
import io.connectmongodb.jdbc.internal.schema.CollectionSchema;
import io.connectmongodb.jdbc.internal.schema.SchemaField;
import io.connectmongodb.jdbc.internal.types.JdbcType;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.Document;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * DatabaseMetaData over MongoDB. Every database is both a catalog and a schema (tools that list schemas first still
 * find the tables); collections are TABLEs, views VIEWs, {@code system.*} collections SYSTEM TABLEs. Columns are the
 * inferred, flattened schema (see {@link io.connectmongodb.jdbc.internal.schema.SchemaBuilder}); {@code _id} is the
 * primary key; indexes come from {@code listIndexes}; there are no foreign keys, procedures or functions.
 */
public final class MongoDatabaseMetaData extends DatabaseCapabilities {

    private final MongoConnection connection;
    private final MongoClient client;
    private final JdbcUrl url;
    private final String secret;
    private String serverVersion;
    private Boolean transactionsSupported;

    public MongoDatabaseMetaData(MongoConnection connection, MongoClient client, JdbcUrl url, String secret) {
        this.connection = connection;
        this.client = client;
        this.url = url;
        this.secret = secret;
    }

    @Override
    boolean transactionsSupported() throws SQLException {
        if (transactionsSupported == null) {
            transactionsSupported = connection.supportsTransactions();
        }
        return transactionsSupported;
    }

    private CatalogReader catalog() throws SQLException {
        return new CatalogReader(client, connection.getCatalog());
    }

    /** The databases a (catalog, schemaPattern) pair selects: both name a database. */
    private List<String> databases(String catalog, String schemaPattern) throws SQLException {
        NamePattern schemas = NamePattern.of(schemaPattern);
        List<String> selected = new ArrayList<>();
        for (String database : run(() -> catalog().databases())) {
            if ((catalog == null || catalog.equals(database)) && schemas.matches(database)) {
                selected.add(database);
            }
        }
        return selected;
    }

    private List<CatalogReader.Table> tables(String catalog, String schemaPattern, String tablePattern, String[] types)
            throws SQLException {
        NamePattern names = NamePattern.of(tablePattern);
        Set<String> wanted = types == null ? null : new TreeSet<>(Arrays.asList(types));
        List<CatalogReader.Table> selected = new ArrayList<>();
        for (String database : databases(catalog, schemaPattern)) {
            for (CatalogReader.Table table : run(() -> catalog().tables(database))) {
                if (names.matches(table.name()) && (wanted == null || wanted.contains(table.type()))) {
                    selected.add(table);
                }
            }
        }
        return selected;
    }

    @Override
    public ResultSet getCatalogs() throws SQLException {
        MetadataTable result = new MetadataTable(StandardColumns.CATALOGS);
        for (String database : databases(null, null)) {
            result.row(database);
        }
        return result.toResultSet();
    }

    @Override
    public ResultSet getSchemas() throws SQLException {
        return getSchemas(null, null);
    }

    @Override
    public ResultSet getSchemas(String catalog, String schemaPattern) throws SQLException {
        MetadataTable result = new MetadataTable(StandardColumns.SCHEMAS);
        for (String database : databases(catalog, schemaPattern)) {
            result.row(database, database);
        }
        return result.toResultSet();
    }

    @Override
    public ResultSet getTableTypes() {
        return new MetadataTable(StandardColumns.TABLE_TYPES).row("SYSTEM TABLE").row("TABLE").row("VIEW").toResultSet();
    }

    @Override
    public ResultSet getTables(String catalog, String schemaPattern, String tableNamePattern, String[] types)
            throws SQLException {
        List<CatalogReader.Table> tables = tables(catalog, schemaPattern, tableNamePattern, types);
        tables.sort((a, b) -> (a.type() + a.database() + '\u0000' + a.name()).compareTo(b.type() + b.database() + '\u0000' + b.name()));
        MetadataTable result = new MetadataTable(StandardColumns.TABLES);
        for (CatalogReader.Table table : tables) {
            result.row(table.database(), table.database(), table.name(), table.type(), "", null, null, null, null, null);
        }
        return result.toResultSet();
    }

    @Override
    public ResultSet getColumns(String catalog, String schemaPattern, String tableNamePattern, String columnNamePattern)
            throws SQLException {
        NamePattern columns = NamePattern.of(columnNamePattern);
        MetadataTable result = new MetadataTable(StandardColumns.COLUMNS);
        for (CatalogReader.Table table : tables(catalog, schemaPattern, tableNamePattern, null)) {
            CollectionSchema schema = run(() -> connection.schemas().schema(table.database(), table.name()));
            int position = 0;
            for (SchemaField field : schema.fields()) {
                position++;
                if (!columns.matches(field.path())) {
                    continue;
                }
                JdbcType type = JdbcType.of(field.type());
                result.row(table.database(), table.database(), table.name(), field.path(), type.sqlType(), type.typeName(),
                        type.precision(), null, type.scale(), radix(type), field.nullable() ? columnNullable : columnNoNulls,
                        "", null, null, null, type.sqlType() == Types.VARCHAR ? type.precision() : null, position,
                        field.nullable() ? "YES" : "NO", null, null, null, null, "NO", "NO");
            }
        }
        return result.toResultSet();
    }

    private static Integer radix(JdbcType type) {
        int sqlType = type.sqlType();
        return sqlType == Types.INTEGER || sqlType == Types.BIGINT || sqlType == Types.DECIMAL || sqlType == Types.DOUBLE ? 10 : null;
    }

    /** {@code _id} for every matching collection (the table argument accepts patterns such as {@code %}). */
    @Override
    public ResultSet getPrimaryKeys(String catalog, String schema, String table) throws SQLException {
        MetadataTable result = new MetadataTable(StandardColumns.PRIMARY_KEYS);
        for (CatalogReader.Table found : tables(catalog, schema, table, new String[] {"TABLE", "SYSTEM TABLE"})) {
            result.row(found.database(), found.database(), found.name(), "_id", (short) 1, "_id_");
        }
        return result.toResultSet();
    }

    @Override
    public ResultSet getIndexInfo(String catalog, String schema, String table, boolean unique, boolean approximate)
            throws SQLException {
        MetadataTable result = new MetadataTable(StandardColumns.INDEX_INFO);
        for (CatalogReader.Table found : tables(catalog, schema, table, new String[] {"TABLE", "SYSTEM TABLE"})) {
            for (Document index : run(() -> catalog().indexes(found.database(), found.name()))) {
                String name = index.getString("name");
                boolean isUnique = "_id_".equals(name) || Boolean.TRUE.equals(index.get("unique"));
                if (unique && !isUnique) {
                    continue;
                }
                Document key = index.get("key", Document.class);
                short position = 0;
                for (Map.Entry<String, Object> field : key.entrySet()) {
                    position++;
                    Object direction = field.getValue();
                    String order = direction instanceof Number number ? (number.doubleValue() < 0 ? "D" : "A") : null;
                    result.row(found.database(), found.database(), found.name(), !isUnique, found.database(), name,
                            (short) tableIndexOther, position, field.getKey(), order, null, null, null);
                }
            }
        }
        return result.toResultSet();
    }

    @Override
    public ResultSet getTypeInfo() {
        MetadataTable result = new MetadataTable(StandardColumns.TYPE_INFO);
        List<JdbcType> types = new ArrayList<>(List.of(JdbcType.BINARY, JdbcType.INTEGER, JdbcType.BIGINT, JdbcType.DECIMAL,
                JdbcType.DOUBLE, JdbcType.VARCHAR, JdbcType.OBJECT_ID, JdbcType.DOCUMENT, JdbcType.ARRAY, JdbcType.BOOLEAN,
                JdbcType.TIMESTAMP));
        types.sort((a, b) -> Integer.compare(a.sqlType(), b.sqlType()));
        for (JdbcType type : types) {
            boolean text = type.sqlType() == Types.VARCHAR;
            result.row(type.typeName(), type.sqlType(), type.precision(), text ? "'" : null, text ? "'" : null, null,
                    (short) typeNullable, text, (short) typeSearchable, false, false, false, type.typeName(),
                    (short) 0, (short) type.scale(), null, null, radix(type));
        }
        return result.toResultSet();
    }

    @Override
    public ResultSet getBestRowIdentifier(String catalog, String schema, String table, int scope, boolean nullable)
            throws SQLException {
        MetadataTable result = new MetadataTable(StandardColumns.ROW_IDENTIFIER);
        if (!tables(catalog, schema, table, new String[] {"TABLE", "SYSTEM TABLE"}).isEmpty()) {
            result.row((short) bestRowSession, "_id", JdbcType.OBJECT_ID.sqlType(), JdbcType.OBJECT_ID.typeName(),
                    JdbcType.OBJECT_ID.precision(), null, (short) 0, (short) bestRowNotPseudo);
        }
        return result.toResultSet();
    }

    @Override
    public ResultSet getImportedKeys(String catalog, String schema, String table) {
        return new MetadataTable(StandardColumns.KEYS).toResultSet();
    }

    @Override
    public ResultSet getExportedKeys(String catalog, String schema, String table) {
        return new MetadataTable(StandardColumns.KEYS).toResultSet();
    }

    @Override
    public ResultSet getCrossReference(String parentCatalog, String parentSchema, String parentTable, String foreignCatalog,
                                       String foreignSchema, String foreignTable) {
        return new MetadataTable(StandardColumns.KEYS).toResultSet();
    }

    @Override
    public ResultSet getProcedures(String catalog, String schemaPattern, String procedureNamePattern) {
        return new MetadataTable(StandardColumns.PROCEDURES).toResultSet();
    }

    @Override
    public ResultSet getProcedureColumns(String catalog, String schemaPattern, String procedureNamePattern,
                                         String columnNamePattern) {
        return new MetadataTable(StandardColumns.PROCEDURE_COLUMNS).toResultSet();
    }

    @Override
    public ResultSet getFunctions(String catalog, String schemaPattern, String functionNamePattern) {
        return new MetadataTable(StandardColumns.FUNCTIONS).toResultSet();
    }

    @Override
    public ResultSet getFunctionColumns(String catalog, String schemaPattern, String functionNamePattern,
                                        String columnNamePattern) {
        return new MetadataTable(StandardColumns.FUNCTION_COLUMNS).toResultSet();
    }

    @Override
    public ResultSet getColumnPrivileges(String catalog, String schema, String table, String columnNamePattern) {
        return new MetadataTable(StandardColumns.COLUMN_PRIVILEGES).toResultSet();
    }

    @Override
    public ResultSet getTablePrivileges(String catalog, String schemaPattern, String tableNamePattern) {
        return new MetadataTable(StandardColumns.TABLE_PRIVILEGES).toResultSet();
    }

    @Override
    public ResultSet getVersionColumns(String catalog, String schema, String table) {
        return new MetadataTable(StandardColumns.ROW_IDENTIFIER).toResultSet();
    }

    @Override
    public ResultSet getUDTs(String catalog, String schemaPattern, String typeNamePattern, int[] types) {
        return new MetadataTable(StandardColumns.UDTS).toResultSet();
    }

    @Override
    public ResultSet getSuperTypes(String catalog, String schemaPattern, String typeNamePattern) {
        return new MetadataTable(StandardColumns.SUPER_TYPES).toResultSet();
    }

    @Override
    public ResultSet getSuperTables(String catalog, String schemaPattern, String tableNamePattern) {
        return new MetadataTable(StandardColumns.SUPER_TABLES).toResultSet();
    }

    @Override
    public ResultSet getAttributes(String catalog, String schemaPattern, String typeNamePattern, String attributeNamePattern) {
        return new MetadataTable(StandardColumns.ATTRIBUTES).toResultSet();
    }

    @Override
    public ResultSet getClientInfoProperties() {
        return new MetadataTable(StandardColumns.CLIENT_INFO).toResultSet();
    }

    @Override
    public ResultSet getPseudoColumns(String catalog, String schemaPattern, String tableNamePattern, String columnNamePattern) {
        return new MetadataTable(StandardColumns.PSEUDO_COLUMNS).toResultSet();
    }

    @Override
    public String getURL() {
        return "jdbc:" + url.redacted();
    }

    @Override
    public String getUserName() {
        String connectionString = url.connectionString();
        int start = connectionString.indexOf("://") + 3;
        int at = connectionString.indexOf('@', start);
        if (at < 0) {
            return null;
        }
        String userInfo = connectionString.substring(start, at);
        int colon = userInfo.indexOf(':');
        return URLDecoder.decode(colon < 0 ? userInfo : userInfo.substring(0, colon), StandardCharsets.UTF_8);
    }

    @Override
    public boolean isReadOnly() throws SQLException {
        return connection.isReadOnly();
    }

    @Override
    public Connection getConnection() {
        return connection;
    }

    @Override
    public String getDatabaseProductName() {
        return "MongoDB";
    }

    @Override
    public synchronized String getDatabaseProductVersion() throws SQLException {
        if (serverVersion == null) {
            BsonDocument buildInfo = run(() -> client.getDatabase("admin").runCommand(new BsonDocument("buildInfo", new BsonInt32(1)),
                    BsonDocument.class));
            serverVersion = buildInfo.isString("version") ? buildInfo.getString("version").getValue() : "0.0";
        }
        return serverVersion;
    }

    @Override
    public int getDatabaseMajorVersion() throws SQLException {
        return versionPart(0);
    }

    @Override
    public int getDatabaseMinorVersion() throws SQLException {
        return versionPart(1);
    }

    private int versionPart(int index) throws SQLException {
        String[] parts = getDatabaseProductVersion().split("[.-]");
        try {
            return parts.length > index ? Integer.parseInt(parts[index]) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    @FunctionalInterface
    private interface DriverCall<T> {
        T call() throws SQLException;
    }

    private <T> T run(DriverCall<T> call) throws SQLException {
        try {
            return call.call();
        } catch (RuntimeException e) {
            throw SqlExceptions.translate(e, secret);
        }
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper for " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
