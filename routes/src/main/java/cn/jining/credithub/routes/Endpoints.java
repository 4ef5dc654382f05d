package cn.jining.credithub.routes;

/** The hub's internal endpoints and the placeholders of its queues; the names themselves live in config. */
public final class Endpoints {

    /** Where every inbound channel hands its Submission; answers with the Receipt. */
    public static final String INTAKE = "direct:intake";
    /** The name of the anycast address of accepted, not yet sealed batches. */
    public static final String INTAKE_QUEUE_NAME = "{{credithub.queues.intake}}";
    /** The anycast address of accepted, not yet sealed batches, as an endpoint. */
    public static final String INTAKE_QUEUE = "jms:queue:" + INTAKE_QUEUE_NAME;
    /** The multicast address every destination's durable queue is bound to. */
    public static final String ACCEPTED_TOPIC = "jms:topic:{{credithub.queues.accepted}}";

    private Endpoints() {
    }

    /** The fully qualified name of one destination's queue on the accepted-records address. */
    public static String destinationQueue(String queuePlaceholder) {
        return "jms:queue:{{credithub.queues.accepted}}::" + queuePlaceholder;
    }
}
