#pragma once
// Which random variations of its training images a project asks for
// (dataset.augmentation in a project file, docs/FORMATS.md). Every value 0 means
// "off", so the default settings change nothing and a project without the key
// trains exactly as before. Ranges are the limits below; the project file, the
// dataset dock's editor and AugmentedBatchSource all check against them.
//
//   hflip, vflip  probability of a horizontal / vertical mirror image
//   rotate        largest rotation in degrees, either way (counter-clockwise positive)
//   shift         largest shift, as a share of the width (x) and height (y)
//   scale         largest zoom: the factor lies in [1 - scale, 1 + scale]
//   crop          random-resized crop: up to this share of the area is cut away
//                 (torchvision's RandomResizedCrop(scale=(1 - crop, 1)), aspect 3/4..4/3)
//   brightness    largest value added to every pixel, either way (pixel units: 0..1 for 8-bit images)
//   contrast      the distance from the image's mean is multiplied by [1 - contrast, 1 + contrast]
//   noise         standard deviation of Gaussian noise added to every pixel (pixel units)
//   cutout        side of one square patch set to 0, as a share of the image's side
#include <string>
#include <vector>

namespace nw {

struct AugmentationSettings {
    double hflip = 0.0;
    double vflip = 0.0;
    double rotate = 0.0;
    double shift = 0.0;
    double scale = 0.0;
    double crop = 0.0;
    double brightness = 0.0;
    double contrast = 0.0;
    double noise = 0.0;
    double cutout = 0.0;

    // Whether any variation is switched on.
    bool isActive() const;
    bool operator==(const AugmentationSettings&) const = default;
};

// One setting as the file, the editor and the checks see it: its key, where it
// lives in AugmentationSettings, and its limits.
struct AugmentationKey {
    const char* key;
    double AugmentationSettings::*value;
    double max; // min is 0 for every setting
};

// Every setting, in the order of the file and the editor.
const std::vector<AugmentationKey>& augmentationKeys();

// The variations switched on, as their keys and values ("hflip 0.5, rotate 15");
// empty when none is. For logs (netwright-cli train), not for translation.
std::string describeAugmentation(const AugmentationSettings& settings);

// Empty when every value is a finite number in [0, max]; else "<key>: <problem>"
// for the first one that is not.
std::string checkAugmentation(const AugmentationSettings& settings);

} // namespace nw
