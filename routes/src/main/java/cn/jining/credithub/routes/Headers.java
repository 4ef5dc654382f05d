package cn.jining.credithub.routes;

import cn.jining.credithub.contracts.auth.InternalHeaders;

/**
 * Names of the hub's own message headers. JMS property names must be Java identifiers, hence no dashes;
 * the common prefix lets the error policy strip them before anything leaves the hub and lets the MDC
 * pick them up as correlation ids.
 */
public final class Headers {

    public static final String PREFIX = InternalHeaders.HUB_PREFIX;
    public static final String SOURCE_ID = PREFIX + "SourceId";
    public static final String BATCH_ID = PREFIX + "BatchId";
    public static final String CHUNK = PREFIX + "Chunk";
    public static final String RECORD_COUNT = PREFIX + "RecordCount";

    private Headers() {
    }
}
