package cn.jining.credithub.adapters.downward;

/**
 * Hands one downward batch to one subscriber on its own channel. Returning means delivered; an exception means
 * not delivered (the subscriber is down or refused it), and the batch waits in the subscriber's queue.
 */
public interface DownwardDelivery {

    void deliver(DownwardBatch batch) throws Exception;
}
