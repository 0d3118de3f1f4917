#pragma once
// Weight initialisation schemes, all drawn from the seeded Rng.
// He (Kaiming) suits ReLU-family activations; Xavier/Glorot suits tanh/sigmoid.
#include <optional>
#include <string>

namespace nw {

class Rng;
class Tensor;

enum class WeightInit { HeUniform, HeNormal, XavierUniform, XavierNormal };

// Fills `weights` for a layer with the given fan-in and fan-out.
void initializeWeights(Tensor& weights, WeightInit scheme, int fanIn, int fanOut, Rng& rng);

std::string weightInitName(WeightInit scheme);
std::optional<WeightInit> weightInitFromName(const std::string& name);

} // namespace nw
