#include "SimpleRNN.h"

#include <cmath>

namespace nw {

void SimpleRNN::stepForward(const ConstRows& xw, const RowMatrix& hw, const ConstRows&, const ConstRows&, Rows gates,
    Rows, Rows h) const
{
    // As an array expression, so tanh runs in vector registers.
    gates.array() = (xw.array() + hw.array()).tanh();
    h = gates;
}

void SimpleRNN::stepBackward(const RowMatrix& dh, const RowMatrix&, const ConstRows& gates, const ConstRows&,
    const ConstRows&, const ConstRows&, Rows dIh, RowMatrix& dHh, RowMatrix& dhPrevDirect, RowMatrix& dAuxPrev) const
{
    dhPrevDirect.setZero();
    dAuxPrev.setZero();
    for (Eigen::Index r = 0; r < dh.rows(); ++r)
        for (Eigen::Index j = 0; j < dh.cols(); ++j) {
            const float h = gates(r, j);
            dIh(r, j) = dHh(r, j) = dh(r, j) * (1.0f - h * h);
        }
}

} // namespace nw
