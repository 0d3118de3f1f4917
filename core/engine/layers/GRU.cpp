#include "GRU.h"

#include <cmath>

namespace nw {

namespace {
float sigmoid(float x)
{
    return 1.0f / (1.0f + std::exp(-x));
}
} // namespace

void GRU::stepForward(const ConstRows& xw, const RowMatrix& hw, const ConstRows& hPrev, const ConstRows&,
    Rows gates, Rows aux, Rows h) const
{
    const Eigen::Index units = h.cols();
    for (Eigen::Index r = 0; r < h.rows(); ++r)
        for (Eigen::Index j = 0; j < units; ++j) {
            const float rg = sigmoid(xw(r, j) + hw(r, j));
            const float z = sigmoid(xw(r, units + j) + hw(r, units + j));
            const float hn = hw(r, 2 * units + j);
            const float n = std::tanh(xw(r, 2 * units + j) + rg * hn);
            gates(r, j) = rg;
            gates(r, units + j) = z;
            gates(r, 2 * units + j) = n;
            aux(r, j) = hn;
            h(r, j) = (1.0f - z) * n + z * hPrev(r, j);
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
