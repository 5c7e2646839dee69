package storygraph.neo4j;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingsDeclaration;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * Runs a Neo4j Community DBMS embedded in this JVM with only the Bolt connector
 * open, for tests and CI. Started and stopped by scripts/neo4j.
 *
 * <pre>
 * Launcher --home DIR --port N --password-file FILE [--ready-file FILE]
 *          [--host 127.0.0.1] [--pagecache 256m]
 * </pre>
 *
 * Auth is enabled. The built-in user {@code neo4j} gets the password read from
 * the password file (first line) through {@code ALTER USER ... CHANGE NOT
 * REQUIRED} on the system database, so clients can log in right away. Only
 * after that is the ready file written; Bolt may already accept connections a
 * moment earlier, so callers should wait for the ready file, not the port.
 * SIGTERM (or SIGINT) shuts the DBMS down cleanly.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        Path home = null;
        Path passwordFile = null;
        Path readyFile = null;
        String host = "127.0.0.1";
        int port = -1;
        String pagecache = "256m";

        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (i + 1 >= args.length) {
                usage("missing value for " + a);
            }
            String v = args[++i];
            switch (a) {
                case "--home" -> home = Path.of(v).toAbsolutePath();
                case "--port" -> port = Integer.parseInt(v);
                case "--host" -> host = v;
                case "--password-file" -> passwordFile = Path.of(v);
                case "--ready-file" -> readyFile = Path.of(v);
                case "--pagecache" -> pagecache = v;
                default -> usage("unknown argument " + a);
            }
        }
        if (home == null || passwordFile == null || port <= 0 || port > 65535) {
            usage("--home, --port and --password-file are required");
        }

        String password = readPassword(passwordFile);
        if (readyFile != null) {
            Files.deleteIfExists(readyFile);
        }
        Files.createDirectories(home);

        long t0 = System.nanoTime();
        say("starting Neo4j " + neo4jVersion() + " on Java " + Runtime.version()
                + ", home " + home + ", bolt " + host + ":" + port);

        CountDownLatch stopped = new CountDownLatch(1);
        AtomicReference<DatabaseManagementService> running = new AtomicReference<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            DatabaseManagementService d = running.get();
            if (d == null) {
                return;
            }
            say("shutting down");
            try {
                d.shutdown();
                say("stopped");
            } catch (Throwable t) {
                say("shutdown failed: " + t);
            } finally {
                stopped.countDown();
            }
        }, "neo4j-launcher-shutdown"));

        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
                .setUserLogProvider(new Log4jLogProvider(System.out, Level.INFO))
                // Network: Bolt only, on loopback; nothing else listens.
                .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress(host))
                .setConfig(GraphDatabaseSettings.default_advertised_address, new SocketAddress(host))
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(host, port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(GraphDatabaseSettings.routing_enabled, false)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Auth on, as in production. No lock-out after failed logins, so a
                // test that checks a wrong password does not lock out the next one.
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.auth_max_failed_attempts, 0)
                // Small footprint for a throwaway test database.
                .setConfig(GraphDatabaseSettings.pagecache_memory, parseBytes(pagecache))
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.preallocate_store_files, false)
                .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, 16L * 1024 * 1024)
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "false")
                .setConfig(GraphDatabaseSettings.pagecache_warmup_enabled, false);
        // Settings that exist only in some Neo4j versions, set by name if present.
        // 2026.x: no UDP "fleet discovery" broadcasts and no Fleet Manager.
        setIfPresent(builder, "server.fleet_discovery.enabled", "false");
        setIfPresent(builder, "dbms.fleet_manager.enabled", "false");
        // Bolt's netty event loops wait a 5 s quiet period each on shutdown (10 s
        // in total); a throwaway test server does not need that (internal setting,
        // seconds in 5.x, a duration in 2026.x).
        setIfPresent(builder, "internal.dbms.bolt.netty_server_shutdown_quiet_period", "0");
        setIfPresent(builder, "internal.dbms.bolt.netty_server_shutdown_quiet_period_duration", "PT0S");
        DatabaseManagementService dbms = builder.build();

        running.set(dbms);

        try {
            GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
            if (!system.isAvailable(Duration.ofMinutes(2).toMillis())) {
                throw new IllegalStateException("system database not available");
            }
            // Embedded transactions run with full privileges, so this works on a
            // fresh store (initial password "neo4j", change required) and on a
            // reused one alike.
            try {
                system.executeTransactionally(
                        "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                        Map.of("password", password));
            } catch (QueryExecutionException e) {
                // A restart with its data kept (scripts/neo4j restart): the
                // password is already this one, which Neo4j refuses to set again.
                if (e.getMessage() == null || !e.getMessage().contains("Old password and new password cannot be the same")) {
                    throw e;
                }
            }

            GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            if (!db.isAvailable(Duration.ofMinutes(2).toMillis())) {
                throw new IllegalStateException("database neo4j not available");
            }
            db.executeTransactionally("RETURN 1");
        } catch (Throwable t) {
            say("start-up failed: " + t);
            t.printStackTrace(System.out);
            System.exit(1); // runs the shutdown hook
        }

        if (readyFile != null) {
            Path tmp = readyFile.resolveSibling(readyFile.getFileName() + ".tmp");
            Files.writeString(tmp, "bolt://" + host + ":" + port + "\n");
            Files.move(tmp, readyFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        say(String.format("ready: bolt://%s:%d (%.1f s)", host, port, (System.nanoTime() - t0) / 1e9));

        stopped.await();
    }

    /**
     * Sets a setting found by its name among all declared settings, if this
     * Neo4j version has it; the value is parsed according to its declared type.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void setIfPresent(DatabaseManagementServiceBuilder builder, String name, String value) {
        for (SettingsDeclaration declaration : ServiceLoader.load(SettingsDeclaration.class)) {
            for (Field f : declaration.getClass().getFields()) {
                if (!Modifier.isStatic(f.getModifiers()) || !Setting.class.isAssignableFrom(f.getType())) {
                    continue;
                }
                try {
                    Setting setting = (Setting) f.get(null);
                    if (setting == null || !name.equals(setting.name())) {
                        continue;
                    }
                    Object typed = f.getGenericType() instanceof ParameterizedType pt
                            ? parseAs(pt.getActualTypeArguments()[0], value) : null;
                    if (typed == null) {
                        say("note: cannot set " + name + ": unsupported type " + f.getGenericType());
                        return;
                    }
                    builder.setConfig(setting, typed);
                    return;
                } catch (ReflectiveOperationException | RuntimeException e) {
                    say("note: cannot set " + name + ": " + e);
                    return;
                }
            }
        }
    }

    private static Object parseAs(Type type, String value) {
        if (type == Boolean.class) {
            return Boolean.parseBoolean(value);
        } else if (type == Integer.class) {
            return Integer.parseInt(value);
        } else if (type == Long.class) {
            return Long.parseLong(value);
        } else if (type == Duration.class) {
            return Duration.parse(value);
        } else if (type == String.class) {
            return value;
        }
        return null;
    }

    private static String readPassword(Path file) throws IOException {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        int nl = content.indexOf('\n');
        String pw = (nl >= 0 ? content.substring(0, nl) : content).strip();
        if (pw.isEmpty()) {
            usage("password file " + file + " is empty");
        }
        return pw;
    }

    private static long parseBytes(String s) {
        String v = s.trim().toLowerCase();
        long mult = 1;
        char last = v.charAt(v.length() - 1);
        switch (last) {
            case 'k' -> mult = 1L << 10;
            case 'm' -> mult = 1L << 20;
            case 'g' -> mult = 1L << 30;
            default -> {
            }
        }
        if (mult != 1) {
            v = v.substring(0, v.length() - 1);
        }
        return Long.parseLong(v) * mult;
    }

    private static String neo4jVersion() {
        Package p = DatabaseManagementServiceBuilder.class.getPackage();
        String v = p == null ? null : p.getImplementationVersion();
        return v == null ? "(unknown version)" : v;
    }

    private static void say(String msg) {
        System.out.println("neo4j-launcher: " + msg);
        System.out.flush();
    }

    private static void usage(String problem) {
        System.err.println("neo4j-launcher: " + problem);
        System.err.println("usage: Launcher --home DIR --port N --password-file FILE"
                + " [--ready-file FILE] [--host 127.0.0.1] [--pagecache 256m]");
        System.exit(2);
    }
}
