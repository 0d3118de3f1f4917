#include "AugmentationSettings.h"

#include <cmath>
#include <sstream>

namespace nw {

bool AugmentationSettings::isActive() const
{
    for (const AugmentationKey& k : augmentationKeys())
        if (this->*k.value != 0.0)
            return true;
    return false;
}

const std::vector<AugmentationKey>& augmentationKeys()
{
    // The limits keep every image recognisable: a crop or cutout of the whole image,
    // a zoom to nothing or a shift off the canvas would leave nothing to learn from.
    static const std::vector<AugmentationKey> keys {
        { "hflip", &AugmentationSettings::hflip, 1.0 },
        { "vflip", &AugmentationSettings::vflip, 1.0 },
        { "rotate", &AugmentationSettings::rotate, 180.0 },
        { "shift", &AugmentationSettings::shift, 0.5 },
        { "scale", &AugmentationSettings::scale, 0.9 },
        { "crop", &AugmentationSettings::crop, 0.9 },
        { "brightness", &AugmentationSettings::brightness, 1.0 },
        { "contrast", &AugmentationSettings::contrast, 1.0 },
        { "noise", &AugmentationSettings::noise, 1.0 },
        { "cutout", &AugmentationSettings::cutout, 0.9 },
    };
    return keys;
}

std::string describeAugmentation(const AugmentationSettings& settings)
{
    std::ostringstream out;
    for (const AugmentationKey& k : augmentationKeys())
        if (const double v = settings.*k.value; v != 0.0)
            out << (out.tellp() > 0 ? ", " : "") << k.key << ' ' << v;
    return out.str();
}

std::string checkAugmentation(const AugmentationSettings& settings)
{
    for (const AugmentationKey& k : augmentationKeys()) {
        const double v = settings.*k.value;
        if (!std::isfinite(v) || v < 0.0 || v > k.max) {
            std::ostringstream out;
            out << k.key << ": must be a number from 0 to " << k.max << ", got " << v;
            return out.str();
        }
    }
    return {};
}

} // namespace nw
