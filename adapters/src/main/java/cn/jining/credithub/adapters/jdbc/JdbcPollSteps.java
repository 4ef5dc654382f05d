package cn.jining.credithub.adapters.jdbc;

import cn.jining.credithub.contracts.exchange.Receipt;
import java.sql.SQLException;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.support.SynchronizationAdapter;

/**
 * The steps of the DB polling route around the intake: claim the next rows (the body becomes their
 * Submission, or null when there is nothing new), then write the intake's receipt back to the rows.
 */
public final class JdbcPollSteps {

    /** The registry name of the source's {@link JdbcStagingTable}, set by the route template. */
    static final String STAGING = "CreditHubJdbcStaging";
    static final String CLAIM = "CreditHubJdbcClaim";

    private JdbcPollSteps() {
    }

    public static void claim(Exchange exchange) throws SQLException {
        String name = exchange.getProperty(STAGING, String.class);
        JdbcStagingTable table = exchange.getContext().getRegistry().lookupByNameAndType(name, JdbcStagingTable.class);
        if (table == null) {
            throw new IllegalStateException("no staging table bound as '" + name + "'");
        }
        StagingClaim claim = table.claim();
        if (claim.isEmpty()) {
            exchange.getMessage().setBody(null);
            return;
        }
        exchange.setProperty(CLAIM, claim);
        // Whatever ends the exchange ends the claim: a failure (the broker down) rolls it back so the rows are
        // taken again next time; after a successful answer release() has nothing left to do.
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                claim.release();
            }
        });
        exchange.getMessage().setBody(claim.submission());
    }

    public static void answer(Exchange exchange) throws InvalidPayloadException, SQLException {
        Receipt receipt = exchange.getMessage().getMandatoryBody(Receipt.class);
        exchange.getProperty(CLAIM, StagingClaim.class).answer(receipt);
    }
}
