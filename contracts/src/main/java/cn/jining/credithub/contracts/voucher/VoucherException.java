package cn.jining.credithub.contracts.voucher;

/** A voucher refused, with its {@link VoucherProblem} and a message naming what is wrong. */
public class VoucherException extends Exception {

    private final VoucherProblem problem;

    public VoucherException(VoucherProblem problem, String message) {
        super(message);
        this.problem = problem;
    }

    public VoucherProblem problem() {
        return problem;
    }
}
