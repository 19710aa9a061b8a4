package org.ariadne.gateway.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.netty.http.HttpResources;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * Calls routed from an event loop travel on connections of that loop, over real HTTP: the gateway's routing filter takes
 * its client from {@link LoopAffineRouting.PoolsPerLoop} on the inbound connection's loop.
 */
class LoopAffineRoutingTest {

    private static HttpServer service;
    private static String url;

    @BeforeAll
    static void startService() throws IOException {
        service = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        service.createContext("/", exchange -> {
            byte[] body = "ok".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        service.start();
        url = "http://127.0.0.1:" + service.getAddress().getPort() + "/";
    }

    @AfterAll
    static void stopService() {
        service.stop(0);
    }

    @Test
    void callsFromEachEventLoopTravelOnConnectionsOfThatLoop() throws Exception {
        ConnectionProvider provider = ConnectionProvider.create("loop-affine-test", 16);
        try {
            LoopAffineRouting.PoolsPerLoop pools = new LoopAffineRouting.PoolsPerLoop(HttpClient.create(provider));
            EventLoopGroup loops = HttpResources.get().onServer(true);
            List<EventLoop> callers = List.of((EventLoop) loops.next(), (EventLoop) loops.next(), (EventLoop) loops.next());
            assertThat(new HashSet<>(callers)).as("three different event loops").hasSize(3);

            Set<String> connections = new HashSet<>();
            List<String> mismatches = new ArrayList<>();
            for (int round = 0; round < 20; round++) {
                for (EventLoop caller : callers) { // one after the other: a shared pool would hand every loop the same idle connection
                    EventLoop connectionLoop = callFrom(caller, pools, connections);
                    if (connectionLoop != caller) {
                        mismatches.add("round " + round + ": " + connectionLoop + " for a call from " + caller);
                    }
                }
            }
            assertThat(mismatches).isEmpty();
            assertThat(connections).as("one kept-alive connection per loop, reused").hasSize(callers.size());
        } finally {
            provider.disposeLater().block();
        }
    }

    /** Routes one call as the filter does, subscribed on the caller loop; the event loop of the connection it used. */
    private static EventLoop callFrom(EventLoop caller, LoopAffineRouting.PoolsPerLoop pools, Set<String> connections) throws Exception {
        CompletableFuture<EventLoop> used = new CompletableFuture<>();
        caller.execute(() -> pools.clientOf(caller).get().uri(url)
                .responseConnection((response, connection) -> {
                    connections.add(connection.channel().id().asLongText());
                    return connection.inbound().receive().aggregate().asString().thenReturn(connection.channel().eventLoop());
                })
                .next()
                .subscribe(used::complete, used::completeExceptionally));
        return used.get(10, TimeUnit.SECONDS);
    }
}
