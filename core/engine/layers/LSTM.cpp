#include "LSTM.h"

#include "GateFunctions.h"

namespace nw {

void LSTM::stepForward(const ConstRows& xw, const RowMatrix& hw, const ConstRows&, const ConstRows& auxPrev,
    Rows gates, Rows aux, Rows h) const
{
    const Eigen::Index units = h.cols();
    for (Eigen::Index r = 0; r < h.rows(); ++r) {
        const auto pre = [&](Eigen::Index k) {
            return xw.row(r).segment(k * units, units).array() + hw.row(r).segment(k * units, units).array();
        };
        const auto gate = [&](Eigen::Index k) { return gates.row(r).segment(k * units, units).array(); };
        gate(0) = sigmoidOf(pre(0)); // input
        gate(1) = sigmoidOf(pre(1)); // forget
        gate(2) = pre(2).tanh(); // candidate
        gate(3) = sigmoidOf(pre(3)); // output
        aux.row(r).array() = gate(1) * auxPrev.row(r).array() + gate(0) * gate(2);
        h.row(r).array() = gate(3) * aux.row(r).array().tanh();
    }
}

void LSTM::stepBackward(const RowMatrix& dh, const RowMatrix& dAuxNext, const ConstRows& gates, const ConstRows& aux,
    const ConstRows& auxPrev, const ConstRows&, Rows dIh, RowMatrix& dHh, RowMatrix& dhPrevDirect,
    RowMatrix& dAuxPrev) const
{
    const Eigen::Index units = dh.cols();
    dhPrevDirect.setZero();
    Eigen::Array<float, 1, Eigen::Dynamic> tc(units), dc(units);
    for (Eigen::Index r = 0; r < dh.rows(); ++r) {
        const auto gate = [&](Eigen::Index k) { return gates.row(r).segment(k * units, units).array(); };
        const auto i = gate(0);
        const auto f = gate(1);
        const auto g = gate(2);
        const auto o = gate(3);
        const auto dOut = dh.row(r).array();
        tc = aux.row(r).array().tanh();
        dc = dOut * o * (1.0f - tc.square()) + dAuxNext.row(r).array();
        dAuxPrev.row(r).array() = dc * f;
        const auto put = [&](Eigen::Index k, const auto& value) {
            dIh.row(r).segment(k * units, units).array() = value;
            dHh.row(r).segment(k * units, units) = dIh.row(r).segment(k * units, units);
        };
        put(0, dc * g * i * (1.0f - i));
        put(1, dc * auxPrev.row(r).array() * f * (1.0f - f));
        put(2, dc * i * (1.0f - g.square()));
        put(3, dOut * tc * o * (1.0f - o));
    }
}

} // namespace nw
