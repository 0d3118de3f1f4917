#pragma once
// Gated recurrent unit (Cho et al. 2014) as nn.GRU computes it: gates r, z, n in
// that order in the weights; n = tanh(W_in x + b_in + r (W_hn h + b_hn)),
// h = (1 - z) n + z h_prev.
#include "RecurrentLayer.h"

namespace nw {

class GRU : public RecurrentLayer {
public:
    using RecurrentLayer::RecurrentLayer;
    std::string typeName() const override { return "GRU"; }
    std::vector<std::string> gateNames() const override { return { "r", "z", "n" }; }

protected:
    int gates() const override { return 3; }
    void stepForward(const ConstRows& xw, const RowMatrix& hw, const ConstRows& hPrev, const ConstRows& auxPrev,
        Rows gates, Rows aux, Rows h) const override;
    void stepBackward(const RowMatrix& dh, const RowMatrix& dAuxNext, const ConstRows& gates, const ConstRows& aux,
        const ConstRows& auxPrev, const ConstRows& hPrev, Rows dIh, RowMatrix& dHh, RowMatrix& dhPrevDirect,
        RowMatrix& dAuxPrev) const override;
};

} // namespace nw
