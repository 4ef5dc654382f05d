package cn.jining.credithub.gateway.demo;

import cn.jining.credithub.adapters.publication.PublicationFeedRoute;
import org.apache.camel.builder.RouteBuilder;

/**
 * Demo only: drains the publication feed's queue into the folder the demo's public site imports from, one file per
 * event, named in arrival order. A deployment's site reads the queue itself over the broker (docs/portal.md); in the
 * demo the embedded broker has no network acceptor, and a folder needs no broker account for the site.
 */
public class DemoFeedExportRoute extends RouteBuilder {

    public static final String ROUTE_ID = "demo-portal-feed";

    private final String folder;

    public DemoFeedExportRoute(String folder) {
        this.folder = folder;
    }

    @Override
    public void configure() {
        from(PublicationFeedRoute.FEED_QUEUE + "?transacted=true&disableReplyTo=true&concurrentConsumers=1")
                .routeId(ROUTE_ID)
                .routeConfigurationId("broker-consumer")
                // Written under a .part name and renamed: the site imports *.json only, never half a file.
                .to("file:" + folder + "?fileName=${date:now:yyyyMMddHHmmssSSS}-${exchangeId}.json"
                        + "&tempFileName=${file:name.noext}.part");
    }
}
