#pragma once
// Long short-term memory (Hochreiter and Schmidhuber 1997) as nn.LSTM computes it:
// gates i, f, g, o in that order in the weights; c = f c_prev + i g, h = o tanh(c).
#include "RecurrentLayer.h"

namespace nw {

class LSTM : public RecurrentLayer {
public:
    using RecurrentLayer::RecurrentLayer;
    std::string typeName() const override { return "LSTM"; }
    std::vector<std::string> gateNames() const override { return { "i", "f", "g", "o" }; }

protected:
    int gates() const override { return 4; }
    void stepForward(const ConstRows& xw, const RowMatrix& hw, const ConstRows& hPrev, const ConstRows& auxPrev,
        Rows gates, Rows aux, Rows h) const override;
    void stepBackward(const RowMatrix& dh, const RowMatrix& dAuxNext, const ConstRows& gates, const ConstRows& aux,
        const ConstRows& auxPrev, const ConstRows& hPrev, Rows dIh, RowMatrix& dHh, RowMatrix& dhPrevDirect,
        RowMatrix& dAuxPrev) const override;
};

} // namespace nw
