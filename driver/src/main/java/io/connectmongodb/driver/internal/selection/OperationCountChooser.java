package io.connectmongodb.driver.internal.selection;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.cluster.ServerDescription;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.random.RandomGenerator;

/**
 * The spec's choice within the latency window for multi-threaded drivers ("power of two random
 * choices"): pick two distinct servers at random and take the one running fewer operations (either
 * one on a tie). This spreads load away from slow servers without the herd effect of always taking
 * the least loaded one.
 */
public final class OperationCountChooser {
    private OperationCountChooser() {
    }

    /**
     * @param operationCount  the number of operations each server is running now
     * @throws IllegalArgumentException when {@code inWindow} is empty
     */
    public static ServerDescription choose(List<ServerDescription> inWindow, ToIntFunction<ServerAddress> operationCount,
                                           RandomGenerator random) {
        if (inWindow.isEmpty()) {
            throw new IllegalArgumentException("cannot choose from an empty latency window");
        }
        if (inWindow.size() == 1) {
            return inWindow.get(0);
        }
        int first = random.nextInt(inWindow.size());
        int second = random.nextInt(inWindow.size() - 1);
        if (second >= first) {
            second++;
        }
        ServerDescription a = inWindow.get(first);
        ServerDescription b = inWindow.get(second);
        int countA = operationCount.applyAsInt(a.address());
        int countB = operationCount.applyAsInt(b.address());
        if (countA == countB) {
            return random.nextBoolean() ? a : b;
        }
        return countA < countB ? a : b;
    }
}
