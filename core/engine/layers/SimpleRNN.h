#pragma once
// The plain (Elman) recurrent layer as nn.RNN(nonlinearity='tanh') computes it:
// h = tanh(W_ih x + b_ih + W_hh h_prev + b_hh).
#include "RecurrentLayer.h"

namespace nw {

class SimpleRNN : public RecurrentLayer {
public:
    using RecurrentLayer::RecurrentLayer;
    std::string typeName() const override { return "SimpleRNN"; }
    std::vector<std::string> gateNames() const override { return { "h" }; }

protected:
    int gates() const override { return 1; }
    void stepForward(const ConstRows& xw, const RowMatrix& hw, const ConstRows& hPrev, const ConstRows& auxPrev,
        Rows gates, Rows aux, Rows h) const override;
    void stepBackward(const RowMatrix& dh, const RowMatrix& dAuxNext, const ConstRows& gates, const ConstRows& aux,
        const ConstRows& auxPrev, const ConstRows& hPrev, Rows dIh, RowMatrix& dHh, RowMatrix& dhPrevDirect,
        RowMatrix& dAuxPrev) const override;
};

} // namespace nw
