package io.connectmongodb.driver.internal.pool;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.pool.ConnectionPoolStatisticsMBean;
import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.StandardMBean;

/**
 * Registers a pool's {@link ConnectionPoolStatisticsMBean} with the platform MBean server under
 * {@code io.connectmongodb:type=ConnectionPool,address="host:port",pool=N}, and removes it again.
 * JMX failures (a restricted MBean server, say) are logged, never thrown: monitoring must not stop
 * the driver.
 */
final class PoolMBeanRegistration {
    private static final System.Logger LOGGER = System.getLogger(PoolMBeanRegistration.class.getName());
    private static final AtomicLong POOL_NUMBERS = new AtomicLong();

    private final ObjectName name;

    private PoolMBeanRegistration(ObjectName name) {
        this.name = name;
    }

    /** The registration, or {@code null} when JMX refused it. */
    static PoolMBeanRegistration register(ServerAddress address, ConnectionPoolStatisticsMBean view) {
        try {
            ObjectName name = new ObjectName("io.connectmongodb:type=ConnectionPool,address="
                    + ObjectName.quote(address.toString()) + ",pool=" + POOL_NUMBERS.incrementAndGet());
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            server.registerMBean(new StandardMBean(view, ConnectionPoolStatisticsMBean.class), name);
            return new PoolMBeanRegistration(name);
        } catch (JMException | SecurityException e) {
            LOGGER.log(System.Logger.Level.WARNING, "could not register the connection pool MBean for " + address, e);
            return null;
        }
    }

    ObjectName name() {
        return name;
    }

    void unregister() {
        try {
            ManagementFactory.getPlatformMBeanServer().unregisterMBean(name);
        } catch (JMException | SecurityException e) {
            LOGGER.log(System.Logger.Level.DEBUG, "could not unregister " + name, e);
        }
    }
}
