#pragma once
// The base of the parameter update rules (SGD, Adam, AdamW, RMSprop), each of which
// reproduces its torch.optim namesake. An optimizer owns the per-parameter state its
// rule needs (momentum, moment estimates), keyed by the parameter's model-wide name
// rather than by position: the state then survives a graph rebuild, follows a
// parameter when another one is frozen, and is saved and resumed under the names
// PyTorch gives it ("fc1.weight.exp_avg"). Owned by the trainer; step() runs on the
// training thread once per batch.
#include "../Tensor.h"
#include "NamedParameter.h"

#include <map>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace nw {

class ThreadPool;

class Optimizer {
public:
    virtual ~Optimizer() = default;

    // "SGD", "Adam", "AdamW" or "RMSprop", as PyTorch names the class.
    virtual std::string typeName() const = 0;

    // One update of every parameter in `params` from param->grad; grads are left
    // untouched. Callers pass only trainable, unfrozen parameters, like PyTorch
    // skipping parameters without a gradient. Throws EngineError, before changing
    // anything, when a gradient or a held state does not match its parameter's shape.
    virtual void step(std::span<const NamedParameter> params, float learningRate, ThreadPool& pool) = 0;

    // The state for saving: "<param name>.<slot>" for each slot PyTorch keeps
    // ("momentum_buffer", "exp_avg", "exp_avg_sq", "square_avg"), "<param name>.step"
    // (scalar) where PyTorch keeps a per-parameter step, and "step" (scalar): the
    // number of step() calls. Counts are stored as float like PyTorch's state, so
    // they are exact up to 2^24 steps.
    virtual std::map<std::string, Tensor> exportState() const;
    // Replaces all state with `state` as exportState() writes it. Throws EngineError,
    // leaving the state as it was, on a name that is not this optimizer's, an
    // incomplete or malformed entry, or a shape that differs from the parameter the
    // optimizer already holds state for. A shape that only a parameter can refute is
    // refused by the next step().
    virtual void importState(const std::map<std::string, Tensor>& state);

    long long stepCount() const { return m_stepCount; }
    // Forgets all state, as a freshly constructed optimizer.
    void reset();

protected:
    struct ParamState {
        long long step = 0; // updates of this parameter (PyTorch's per-parameter "step")
        bool created = false; // slots exist (PyTorch creates them on the first update)
        std::vector<Tensor> slotTensors; // one per slotNames() entry, shaped like the parameter
    };

    // The slots this rule keeps per parameter with its current settings, in slot order.
    virtual std::vector<std::string> slotNames() const = 0;
    // Every slot this kind of optimizer keeps under some settings. Import accepts and
    // drops the ones the current settings do not use, so a run can resume after, say,
    // momentum was switched off.
    virtual std::vector<std::string> knownSlotNames() const { return slotNames(); }
    // Whether PyTorch stores a per-parameter "step" for this optimizer (not for SGD).
    virtual bool keepsParameterStep() const { return true; }

    // Validates the step and returns each parameter's state (slots zeroed on first use),
    // in the order of `params`; counts the step. Allocates only when state is created.
    std::span<ParamState* const> prepareStep(std::span<const NamedParameter> params, float learningRate);

private:
    std::map<std::string, ParamState, std::less<>> m_state;
    std::vector<ParamState*> m_prepared; // reused by prepareStep() so a step does not allocate
    long long m_stepCount = 0;
};

// The settings a project file stores for its optimizer; fields a rule does not use are ignored.
struct OptimizerSettings {
    std::string name = "adam"; // "sgd", "adam", "adamw" or "rmsprop", any case
    float momentum = 0; // SGD, RMSprop
    bool nesterov = false; // SGD
    float weightDecay = 0; // coupled (L2 in the gradient) except for AdamW, where it is decoupled
    float beta1 = 0.9f, beta2 = 0.999f, eps = 1e-8f; // Adam, AdamW (eps also RMSprop)
    float alpha = 0.99f; // RMSprop
};

// Throws EngineError naming the valid optimizers when settings.name is not one of them,
// or when a setting is out of range.
std::unique_ptr<Optimizer> makeOptimizer(const OptimizerSettings& settings);

} // namespace nw
