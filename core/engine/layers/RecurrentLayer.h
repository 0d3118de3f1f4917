#pragma once
// What SimpleRNN, LSTM and GRU share: a one-layer recurrence over a sequence
// [N, T, F], forwards and (bidirectional) backwards, with PyTorch's weights and
// layouts (nn.RNN / nn.LSTM / nn.GRU, batch_first, num_layers = 1):
// weight_ih_l0 [G*H, F], weight_hh_l0 [G*H, H], bias_ih_l0 [G*H], bias_hh_l0
// [G*H], and the same with `_reverse` for the backward direction, G being the
// gates of the cell. Output: every step [N, T, D*H] (return_sequences) or the
// last step's output [N, D*H], exactly PyTorch's output[:, -1] (for the backward
// direction that is its state after reading only the last step).
//
// Work is split over (direction, slice of the batch): every sample's recurrence
// is independent, so a part runs its samples through all T steps; weight
// gradients are summed from per-part partials in part order. The input
// projection X W_ih^T for all steps is one GEMM per part. Subclasses supply the
// cell: its gate count and one step forward and backward over a block of rows.
#include "../EigenTypes.h"
#include "../Layer.h"

#include <vector>

namespace nw {

class RecurrentLayer : public Layer {
public:
    RecurrentLayer(int units, bool returnSequences, bool bidirectional);

    Shape outputShape(const std::vector<Shape>& inputs) const override;
    void build(const std::vector<Shape>& inputs) override;
    std::size_t plannedParameterValues(const std::vector<Shape>& inputs) const override;
    void initialize(Rng& rng) override;
    void forward(LayerInputs inputs, Tensor& out, ExecutionContext& ctx) override;
    void backward(LayerInputs inputs, const Tensor& out, const Tensor& outGrad, LayerInputGrads inputGrads,
        ExecutionContext& ctx) override;
    std::vector<Parameter*> parameters() override;

    int units() const { return m_units; }
    bool returnSequences() const { return m_returnSequences; }
    bool bidirectional() const { return m_directions == 2; }
    int directions() const { return m_directions; }
    int steps() const { return m_steps; }

    // From the last forward, for the hidden-state view: every step's hidden state
    // [N, T, D*H] (forward direction first, as PyTorch concatenates them), and the
    // cell's gate activations [N, T, D*G*H] (gate order as in the weights).
    Tensor hiddenStates() const;
    Tensor gateActivations() const;
    // The gate names in weight order: {"i", "f", "g", "o"} for LSTM.
    virtual std::vector<std::string> gateNames() const = 0;

protected:
    using Rows = Eigen::Map<RowMatrix, 0, Eigen::OuterStride<>>;
    using ConstRows = Eigen::Map<const RowMatrix, 0, Eigen::OuterStride<>>;

    // Gates per unit: 1 (tanh RNN), 3 (GRU), 4 (LSTM).
    virtual int gates() const = 0;

    // One step for a block of rows. `xw` is x W_ih^T + b_ih, `hw` is h_prev W_hh^T
    // + b_hh (both [rows, G*H]); `hPrev`/`auxPrev` the previous step's state
    // (zeros at the first step). Writes the activated gates, the aux state (a
    // second per-unit value per step: LSTM's cell c, GRU's W_hn h + b_hn; unused
    // by the plain RNN) and h.
    virtual void stepForward(const ConstRows& xw, const RowMatrix& hw, const ConstRows& hPrev, const ConstRows& auxPrev,
        Rows gates, Rows aux, Rows h) const
        = 0;
    // The step's backward: given dh (the whole gradient reaching h) and dAuxNext
    // (LSTM: dc from the step after), writes the gradient of the input-side
    // pre-activations `dIh` and of the hidden-side ones `dHh` ([rows, G*H]), the
    // part of dh_prev that does not go through W_hh (`dhPrevDirect`) and dAuxPrev.
    virtual void stepBackward(const RowMatrix& dh, const RowMatrix& dAuxNext, const ConstRows& gates,
        const ConstRows& aux, const ConstRows& auxPrev, const ConstRows& hPrev, Rows dIh, RowMatrix& dHh,
        RowMatrix& dhPrevDirect, RowMatrix& dAuxPrev) const
        = 0;

private:
    struct Direction {
        Parameter weightIh;
        Parameter weightHh;
        Parameter biasIh;
        Parameter biasHh;
        Tensor xw;    // [N*T, G*H] input projections
        Tensor gates; // [N*T, G*H] activated gates
        Tensor aux;   // [N*T, H]
        Tensor h;     // [N*T, H]
        Tensor dIh;   // [N*T, G*H] backward scratch
    };

    int partsForBatch(int batch) const;
    // Rows [first, first + count) of a [N*T, width] buffer at position t, as a strided block.
    Rows rowsAt(Tensor& buffer, int width, int first, int count, int t) const;
    ConstRows rowsAt(const Tensor& buffer, int width, int first, int count, int t) const;
    void runForward(Direction& d, bool reverse, const Tensor& x, int first, int count);
    void runBackward(Direction& d, int dirIndex, bool reverse, const Tensor& outGrad, int first, int count,
        RowMatrix& weightHhGrad, Eigen::VectorXf& biasHhGrad);

    int m_units;
    bool m_returnSequences;
    int m_directions;
    int m_steps = 0;
    int m_features = 0;
    int m_batch = 0;
    std::vector<Direction> m_dirs;
};

} // namespace nw
