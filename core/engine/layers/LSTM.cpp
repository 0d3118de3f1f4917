#include "LSTM.h"

#include <cmath>

namespace nw {

namespace {
float sigmoid(float x)
{
    return 1.0f / (1.0f + std::exp(-x));
}
} // namespace

void LSTM::stepForward(const ConstRows& xw, const RowMatrix& hw, const ConstRows&, const ConstRows& auxPrev,
    Rows gates, Rows aux, Rows h) const
{
    const Eigen::Index units = h.cols();
    for (Eigen::Index r = 0; r < h.rows(); ++r)
        for (Eigen::Index j = 0; j < units; ++j) {
            const float i = sigmoid(xw(r, j) + hw(r, j));
            const float f = sigmoid(xw(r, units + j) + hw(r, units + j));
            const float g = std::tanh(xw(r, 2 * units + j) + hw(r, 2 * units + j));
            const float o = sigmoid(xw(r, 3 * units + j) + hw(r, 3 * units + j));
            const float c = f * auxPrev(r, j) + i * g;
            gates(r, j) = i;
            gates(r, units + j) = f;
            gates(r, 2 * units + j) = g;
            gates(r, 3 * units + j) = o;
            aux(r, j) = c;
            h(r, j) = o * std::tanh(c);
        }
}

void LSTM::stepBackward(const RowMatrix& dh, const RowMatrix& dAuxNext, const ConstRows& gates, const ConstRows& aux,
    const ConstRows& auxPrev, const ConstRows&, Rows dIh, RowMatrix& dHh, RowMatrix& dhPrevDirect,
    RowMatrix& dAuxPrev) const
{
    const Eigen::Index units = dh.cols();
    dhPrevDirect.setZero();
    for (Eigen::Index r = 0; r < dh.rows(); ++r)
        for (Eigen::Index j = 0; j < units; ++j) {
            const float i = gates(r, j);
            const float f = gates(r, units + j);
            const float g = gates(r, 2 * units + j);
            const float o = gates(r, 3 * units + j);
            const float tc = std::tanh(aux(r, j));
            const float dOut = dh(r, j);
            const float dc = dOut * o * (1.0f - tc * tc) + dAuxNext(r, j);
            const float dai = dc * g * i * (1.0f - i);
            const float daf = dc * auxPrev(r, j) * f * (1.0f - f);
            const float dag = dc * i * (1.0f - g * g);
            const float dao = dOut * tc * o * (1.0f - o);
            dAuxPrev(r, j) = dc * f;
            dIh(r, j) = dHh(r, j) = dai;
            dIh(r, units + j) = dHh(r, units + j) = daf;
            dIh(r, 2 * units + j) = dHh(r, 2 * units + j) = dag;
            dIh(r, 3 * units + j) = dHh(r, 3 * units + j) = dao;
        }
}

} // namespace nw
