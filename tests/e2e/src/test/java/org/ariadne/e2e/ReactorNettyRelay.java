package org.ariadne.e2e;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.server.HttpServer;

/**
 * The floor under any gateway built on Reactor Netty, for {@link GatewayFilterBenchmark}: a relay that hands every request
 * to one upstream and its answer back, with Reactor Netty's server and pooled client and nothing else — no WebFlux, no
 * Spring Cloud Gateway, no filter, no header rule beyond dropping the hop-by-hop ones. Started from the gateway's jar (its
 * libraries) like {@link GatewayVariant}, on {@code SERVER_PORT}, with {@code /actuator/health} on
 * {@code MANAGEMENT_SERVER_PORT}; the upstream in {@code bench.relay.upstream}. What it adds to a GET is what proxying
 * costs on this machine at all; a gateway's own code can only come on top.
 */
public final class ReactorNettyRelay {

    private ReactorNettyRelay() {
    }

    public static void main(String[] args) {
        HttpClient upstream = HttpClient.create().baseUrl(System.getProperty("bench.relay.upstream"));
        DisposableServer relay = HttpServer.create().host("127.0.0.1").port(Integer.parseInt(System.getenv("SERVER_PORT")))
                .handle((request, response) -> upstream
                        .headers(headers -> headers.add(withoutHopByHop(request.requestHeaders().copy()).remove(HttpHeaderNames.HOST)))
                        .request(request.method())
                        .uri(request.uri())
                        .send(request.receive().retain())
                        .response((answer, body) -> response.status(answer.status())
                                .headers(withoutHopByHop(answer.responseHeaders().copy()))
                                .send(body.retain()))
                        .then())
                .bindNow();
        HttpServer.create().host("127.0.0.1").port(Integer.parseInt(System.getenv("MANAGEMENT_SERVER_PORT")))
                .route(routes -> routes.get("/actuator/health", (request, response) -> response
                        .header(HttpHeaderNames.CONTENT_TYPE, "application/json").sendString(Mono.just("{\"status\":\"UP\"}"))))
                .bindNow();
        relay.onDispose().block();
    }

    private static HttpHeaders withoutHopByHop(HttpHeaders headers) {
        return headers.remove(HttpHeaderNames.CONNECTION).remove(HttpHeaderNames.KEEP_ALIVE).remove(HttpHeaderNames.TRANSFER_ENCODING)
                .remove(HttpHeaderNames.UPGRADE).remove(HttpHeaderNames.TE).remove(HttpHeaderNames.TRAILER);
    }
}
