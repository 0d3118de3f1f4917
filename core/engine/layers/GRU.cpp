#include "GRU.h"

#include "GateFunctions.h"

namespace nw {

void GRU::stepForward(const ConstRows& xw, const RowMatrix& hw, const ConstRows& hPrev, const ConstRows&,
    Rows gates, Rows aux, Rows h) const
{
    const Eigen::Index units = h.cols();
    for (Eigen::Index r = 0; r < h.rows(); ++r) {
        const auto gate = [&](Eigen::Index k) { return gates.row(r).segment(k * units, units).array(); };
        const auto xPart = [&](Eigen::Index k) { return xw.row(r).segment(k * units, units).array(); };
        const auto hPart = [&](Eigen::Index k) { return hw.row(r).segment(k * units, units).array(); };
        gate(0) = sigmoidOf(xPart(0) + hPart(0)); // reset
        gate(1) = sigmoidOf(xPart(1) + hPart(1)); // update
        gate(2) = (xPart(2) + gate(0) * hPart(2)).tanh(); // candidate
        aux.row(r) = hw.row(r).segment(2 * units, units);
        h.row(r).array() = (1.0f - gate(1)) * gate(2) + gate(1) * hPrev.row(r).array();
    }
}

void GRU::stepBackward(const RowMatrix& dh, const RowMatrix&, const ConstRows& gates, const ConstRows& aux,
    const ConstRows&, const ConstRows& hPrev, Rows dIh, RowMatrix& dHh, RowMatrix& dhPrevDirect,
    RowMatrix& dAuxPrev) const
{
    const Eigen::Index units = dh.cols();
    dAuxPrev.setZero();
    for (Eigen::Index r = 0; r < dh.rows(); ++r)
        for (Eigen::Index j = 0; j < units; ++j) {
            const float rg = gates(r, j);
            const float z = gates(r, units + j);
            const float n = gates(r, 2 * units + j);
            const float dOut = dh(r, j);
            const float dan = dOut * (1.0f - z) * (1.0f - n * n);
            const float daz = dOut * (hPrev(r, j) - n) * z * (1.0f - z);
            const float dar = dan * aux(r, j) * rg * (1.0f - rg);
            dhPrevDirect(r, j) = dOut * z;
            dIh(r, j) = dHh(r, j) = dar;
            dIh(r, units + j) = dHh(r, units + j) = daz;
            dIh(r, 2 * units + j) = dan;
            dHh(r, 2 * units + j) = dan * rg;
        }
}

} // namespace nw
