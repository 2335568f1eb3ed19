package io.connectmongodb.driver.internal.balancing;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.balancing.ClusterStatisticsMBean;
import io.connectmongodb.driver.balancing.LoadBalancingStrategyType;
import io.connectmongodb.driver.balancing.ServerStatistics;
import io.connectmongodb.driver.balancing.ServerStatisticsMBean;
import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.JMException;
import javax.management.ObjectName;
import javax.management.StandardMBean;

/**
 * The JMX registrations of one {@link LoadBalancer}: {@code io.connectmongodb:type=Cluster,balancer=N}
 * and one {@code io.connectmongodb:type=Server,address="host:port",balancer=N} per server. JMX
 * failures are logged, never thrown.
 */
final class BalancingMBeans {
    private static final System.Logger LOGGER = System.getLogger(BalancingMBeans.class.getName());
    private static final AtomicLong BALANCER_NUMBERS = new AtomicLong();

    private final long number;
    private final Map<ServerAddress, ObjectName> serverNames = new ConcurrentHashMap<>();
    private ObjectName clusterName;

    private BalancingMBeans(long number) {
        this.number = number;
    }

    static BalancingMBeans register(LoadBalancer balancer) {
        BalancingMBeans mbeans = new BalancingMBeans(BALANCER_NUMBERS.incrementAndGet());
        mbeans.clusterName = mbeans.register("io.connectmongodb:type=Cluster,balancer=" + mbeans.number,
                new StandardMBeanFor<>(new ClusterView(balancer), ClusterStatisticsMBean.class));
        return mbeans;
    }

    void registerServer(ServerLoadTracker tracker) {
        serverNames.computeIfAbsent(tracker.address(), address -> register("io.connectmongodb:type=Server,address="
                + ObjectName.quote(address.toString()) + ",balancer=" + number,
                new StandardMBeanFor<>(new ServerView(tracker), ServerStatisticsMBean.class)));
    }

    void unregisterServer(ServerAddress address) {
        ObjectName name = serverNames.remove(address);
        if (name != null) {
            unregister(name);
        }
    }

    void unregisterAll() {
        serverNames.keySet().forEach(this::unregisterServer);
        if (clusterName != null) {
            unregister(clusterName);
        }
    }

    private ObjectName register(String name, StandardMBeanFor<?> mbean) {
        try {
            ObjectName objectName = new ObjectName(name);
            ManagementFactory.getPlatformMBeanServer().registerMBean(mbean.create(), objectName);
            return objectName;
        } catch (JMException | SecurityException e) {
            LOGGER.log(System.Logger.Level.WARNING, "could not register MBean " + name, e);
            return null;
        }
    }

    private static void unregister(ObjectName name) {
        try {
            ManagementFactory.getPlatformMBeanServer().unregisterMBean(name);
        } catch (JMException | SecurityException e) {
            LOGGER.log(System.Logger.Level.DEBUG, "could not unregister " + name, e);
        }
    }

    private record StandardMBeanFor<T>(T implementation, Class<T> type) {
        StandardMBean create() throws javax.management.NotCompliantMBeanException {
            return new StandardMBean(implementation, type);
        }
    }

    private record ServerView(ServerLoadTracker tracker) implements ServerStatisticsMBean {
        private ServerStatistics now() {
            return tracker.statistics();
        }

        @Override
        public String getAddress() {
            return tracker.address().toString();
        }

        @Override
        public String getStatus() {
            return now().status().name();
        }

        @Override
        public String getBreakerState() {
            return now().breakerState().name();
        }

        @Override
        public long getAverageResponseMicros() {
            return now().averageResponseMicros();
        }

        @Override
        public double getErrorRate() {
            return now().errorRate();
        }

        @Override
        public int getOperationsInProgress() {
            return now().operationsInProgress();
        }

        @Override
        public int getConnectionCount() {
            return now().connectionCount();
        }

        @Override
        public double getRequestsPerSecond() {
            return now().requestsPerSecond();
        }

        @Override
        public long getTotalRequests() {
            return now().totalRequests();
        }

        @Override
        public long getTotalFailures() {
            return now().totalFailures();
        }
    }

    private record ClusterView(LoadBalancer balancer) implements ClusterStatisticsMBean {
        @Override
        public String getStrategy() {
            return balancer.strategy().name();
        }

        @Override
        public void setStrategy(String strategy) {
            balancer.setStrategy(LoadBalancingStrategyType.valueOf(strategy));
        }

        @Override
        public long getTotalRequests() {
            return balancer.statistics().totalRequests();
        }

        @Override
        public long getTotalFailures() {
            return balancer.statistics().totalFailures();
        }

        @Override
        public int getOperationsInProgress() {
            return balancer.statistics().operationsInProgress();
        }

        @Override
        public double getRequestsPerSecond() {
            return balancer.statistics().requestsPerSecond();
        }

        @Override
        public int getOpenCircuits() {
            return balancer.statistics().openCircuits();
        }

        @Override
        public String[] getServers() {
            return balancer.statistics().servers().stream().map(s -> s.address() + " " + s.status()).toArray(String[]::new);
        }
    }
}
