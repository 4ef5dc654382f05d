package cn.jining.credithub.routes.intake;

import cn.jining.credithub.contracts.exchange.AcceptedBatch;
import cn.jining.credithub.contracts.exchange.Receipt;
import java.util.List;

/** The receipt for the source and the accepted records, cut into the messages the hub will queue. */
public record IntakeResult(Receipt receipt, List<AcceptedBatch> messages) {
}
