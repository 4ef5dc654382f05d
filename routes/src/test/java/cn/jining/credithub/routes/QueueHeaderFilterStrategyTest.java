package cn.jining.credithub.routes;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jining.credithub.contracts.auth.InternalHeaders;
import cn.jining.credithub.contracts.auth.SignedRequest;
import cn.jining.credithub.routes.error.DeadLetters;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Only the hub's own headers go onto a queue; internal names a client might send are recognised in any case. */
class QueueHeaderFilterStrategyTest {

    private final QueueHeaderFilterStrategy strategy = new QueueHeaderFilterStrategy();

    @ParameterizedTest
    @ValueSource(strings = {Headers.SOURCE_ID, Headers.BATCH_ID, Headers.CHUNK, Headers.RECORD_COUNT,
            DeadLetters.FAILURE_REASON, DeadLetters.ORIGINAL_ADDRESS, DeadLetters.ORIGINAL_QUEUE, "JMSXGroupID"})
    void theHubsOwnHeadersAreQueued(String name) {
        assertThat(strategy.applyFilterToCamelHeaders(name, "v", null)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Authorization", "X-CreditHub-Signature", "Content-Type", "User-Agent", "CamelHttpUri",
            "CamelHttpQuery", "breadcrumbId", "_AMQ_DUPL_ID", "JMSXUserID", "credithubBatchId"})
    void everythingElseStaysOffTheBroker(String name) {
        assertThat(strategy.applyFilterToCamelHeaders(name, "v", null)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {SignedRequest.REMOTE_ADDRESS, "credithubremoteaddress", "CREDITHUBAUTHENTICATEDSOURCE",
            "CamelJmsDestinationName", "camelHttpResponseCode", "JMSXGroupID", "jmsCorrelationID", "_AMQ_DUPL_ID",
            "breadcrumbId"})
    void internalNamesAreRecognisedWhateverTheirCase(String name) {
        assertThat(InternalHeaders.isInternal(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Content-Type", "X-CreditHub-Source", "X-CreditHub-Signature", "SOAPAction", "wsdl"})
    void aClientsOrdinaryNamesAreNot(String name) {
        assertThat(InternalHeaders.isInternal(name)).isFalse();
    }
}
