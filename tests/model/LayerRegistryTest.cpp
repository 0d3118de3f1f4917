#include "model/LayerRegistry.h"

#include "engine/layers/Activation.h"
#include "engine/layers/Concat.h"
#include "engine/layers/Conv2D.h"
#include "engine/layers/Dense.h"
#include "engine/layers/Dropout.h"
#include "engine/layers/MaxPool2D.h"
#include "model/BuiltinLayers.h"
#include "model/LayerCategory.h"
#include "ModelTestSupport.h"

#include <gtest/gtest.h>
#include <QSet>

#include <algorithm>

using namespace nw;
using namespace nw::test;

namespace {

const LayerRegistry& registry()
{
    return LayerRegistry::instance();
}

QString createError(const QString& type, const QVariantMap& params)
{
    QString error;
    EXPECT_EQ(registry().createLayer(type, params, &error), nullptr) << type.toStdString();
    return error;
}

} // namespace

TEST(LayerRegistry, ListsEveryBuiltinTypeOnceGroupedInPaletteOrder)
{
    QStringList table;
    for (const LayerSpec& spec : builtinLayerSpecs())
        table << spec.type;
    EXPECT_EQ(registry().typeNames(), table);
    EXPECT_EQ(QSet<QString>(table.cbegin(), table.cend()).size(), table.size()) << "a type is listed twice";
    QSet<QString> prefixes;
    for (const QString& type : table) {
        const QString prefix = registry().spec(type)->idPrefix;
        EXPECT_FALSE(prefixes.contains(prefix)) << type.toStdString() << " reuses the id prefix of another type";
        prefixes.insert(prefix);
    }

    // Inputs first, then each category's types together, categories in palette order.
    const QStringList categories = registry().categories();
    QStringList grouped = table;
    std::stable_sort(grouped.begin(), grouped.end(), [&](const QString& a, const QString& b) {
        return categories.indexOf(registry().spec(a)->category) < categories.indexOf(registry().spec(b)->category);
    });
    EXPECT_EQ(table, grouped);
    EXPECT_EQ(table.first(), QStringLiteral("Input"));
}

TEST(LayerRegistry, CategoriesComeFromTheCategoryTableInItsOrder)
{
    QStringList expected;
    for (const LayerCategory& category : LayerCategory::all()) {
        EXPECT_FALSE(category.displayName().isEmpty()) << category.key.toStdString();
        EXPECT_TRUE(category.color.isValid()) << category.key.toStdString();
        if (!registry().typesInCategory(category.key).isEmpty())
            expected << category.key;
    }
    EXPECT_EQ(registry().categories(), expected);
    QStringList everyType;
    for (const QString& category : registry().categories())
        everyType << registry().typesInCategory(category);
    everyType.sort();
    QStringList types = registry().typeNames();
    types.sort();
    EXPECT_EQ(everyType, types) << "every type sits in a category of the table";
    for (const QString& type : registry().typeNames())
        EXPECT_EQ(registry().spec(type)->categoryDisplayName(),
            LayerCategory::find(registry().spec(type)->category)->displayName());
    EXPECT_EQ(LayerCategory::find(QStringLiteral("Layers of Mystery")), nullptr);
}

TEST(LayerRegistry, EverySpecExplainsItselfAndItsParameters)
{
    for (const QString& type : registry().typeNames()) {
        const LayerSpec* spec = registry().spec(type);
        ASSERT_NE(spec, nullptr);
        EXPECT_FALSE(spec->displayName().isEmpty()) << type.toStdString();
        EXPECT_GT(spec->description().size(), 100) << type.toStdString();
        EXPECT_FALSE(spec->idPrefix.isEmpty()) << type.toStdString();
        for (const ParameterSpec& p : spec->parameters) {
            EXPECT_FALSE(p.toolTip().isEmpty()) << type.toStdString() << "." << p.name.toStdString();
            QString error;
            EXPECT_TRUE(p.convert(p.defaultValue, &error).isValid()) << error.toStdString();
        }
    }
}

TEST(LayerRegistry, InputPortsComeFromTheEngineLayer)
{
    for (const QString& type : registry().typeNames()) {
        SCOPED_TRACE(type.toStdString());
        const InputPorts ports = registry().inputPorts(type);
        if (registry().spec(type)->isInput()) {
            EXPECT_EQ(ports.minimum, 0);
            EXPECT_EQ(ports.maximum, 0);
            continue;
        }
        const std::unique_ptr<Layer> layer = registry().createLayer(type, {}, nullptr);
        ASSERT_NE(layer, nullptr);
        EXPECT_EQ(ports.minimum, layer->minInputs());
        EXPECT_EQ(ports.maximum, layer->maxInputs());
    }
    // What the editor offers: merges take two to eight inputs, Input none, the rest one.
    EXPECT_EQ(registry().inputPorts(QStringLiteral("Dense")).minimum, 1);
    EXPECT_EQ(registry().inputPorts(QStringLiteral("Dense")).maximum, 1);
    EXPECT_EQ(registry().inputPorts(QStringLiteral("Add")).minimum, 2);
    EXPECT_EQ(registry().inputPorts(QStringLiteral("Concat")).maximum, 8);
    EXPECT_EQ(registry().inputPorts(QStringLiteral("Dence")).maximum, 1) << "an unknown type keeps one port";
}

TEST(LayerRegistry, InputHasNoEngineLayer)
{
    EXPECT_FALSE(createError(QStringLiteral("Input"), {}).isEmpty());
    EXPECT_EQ(
        registry().defaultParameters(QStringLiteral("Input")).value(QStringLiteral("shape")), list({ 1, 28, 28 }));
}

TEST(LayerRegistry, MissingParametersTakeTheirDefaults)
{
    QString error;
    auto layer = registry().createLayer(QStringLiteral("Dense"), {}, &error);
    ASSERT_NE(layer, nullptr);
    EXPECT_EQ(static_cast<Dense&>(*layer).units(), 16);
    auto pool
        = registry().createLayer(QStringLiteral("MaxPool2D"), params({ { QStringLiteral("kernel_size"), 3 } }), &error);
    ASSERT_NE(pool, nullptr);
    EXPECT_EQ(static_cast<MaxPool2D&>(*pool).kernelSize(), 3);
    EXPECT_EQ(static_cast<MaxPool2D&>(*pool).stride(), 3); // 0 means "same as the kernel"
}

TEST(LayerRegistry, PassesParametersToTheEngineLayer)
{
    QString error;
    auto conv = registry().createLayer(QStringLiteral("Conv2D"),
        params({ { QStringLiteral("filters"), 8.0 }, // JSON numbers arrive as doubles
            { QStringLiteral("kernel_size"), 5 }, { QStringLiteral("stride"), 2 }, { QStringLiteral("padding"), 1 } }),
        &error);
    ASSERT_NE(conv, nullptr) << error.toStdString();
    auto& c = static_cast<Conv2D&>(*conv);
    EXPECT_EQ(c.outChannels(), 8);
    EXPECT_EQ(c.kernelSize(), 5);
    EXPECT_EQ(c.stride(), 2);
    EXPECT_EQ(c.padding(), 1);

    auto leaky
        = registry().createLayer(QStringLiteral("LeakyReLU"), params({ { QStringLiteral("alpha"), 0.2 } }), &error);
    ASSERT_NE(leaky, nullptr);
    EXPECT_FLOAT_EQ(static_cast<Activation&>(*leaky).alpha(), 0.2f);
    auto elu = registry().createLayer(QStringLiteral("ELU"), {}, &error);
    EXPECT_FLOAT_EQ(static_cast<Activation&>(*elu).alpha(), 1.0f);
    auto dropout
        = registry().createLayer(QStringLiteral("Dropout"), params({ { QStringLiteral("rate"), 0.25 } }), &error);
    EXPECT_FLOAT_EQ(static_cast<Dropout&>(*dropout).rate(), 0.25f);
    auto concat = registry().createLayer(QStringLiteral("Concat"), params({ { QStringLiteral("axis"), -1 } }), &error);
    EXPECT_EQ(static_cast<Concat&>(*concat).axis(), -1);
}

TEST(LayerRegistry, ExplainsParameterErrors)
{
    const QString dense = QStringLiteral("Dense");
    EXPECT_EQ(createError(dense, params({ { QStringLiteral("units"), 0 } })),
        QStringLiteral("units must be between 1 and 65536, got 0"));
    EXPECT_EQ(createError(dense, params({ { QStringLiteral("units"), QStringLiteral("abc") } })),
        QStringLiteral("units must be a number, got \"abc\""));
    EXPECT_EQ(createError(dense, params({ { QStringLiteral("units"), 2.5 } })),
        QStringLiteral("units must be a whole number, got 2.5"));
    EXPECT_EQ(createError(dense, params({ { QStringLiteral("bias"), 1 } })),
        QStringLiteral("bias must be true or false, got 1"));
    EXPECT_EQ(createError(dense, params({ { QStringLiteral("init"), QStringLiteral("zeros") } })),
        QStringLiteral("init must be one of he_uniform, he_normal, xavier_uniform, xavier_normal, got \"zeros\""));
    EXPECT_EQ(createError(dense, params({ { QStringLiteral("unitz"), 3 } })),
        QStringLiteral("Dense has no parameter 'unitz'"));
    EXPECT_EQ(createError(QStringLiteral("Dence"), {}), QStringLiteral("unknown layer type 'Dence'"));
    EXPECT_EQ(createError(QStringLiteral("Dropout"), params({ { QStringLiteral("rate"), 0.96 } })),
        QStringLiteral("rate must be between 0 and 0.95, got 0.96"));
    EXPECT_EQ(createError(QStringLiteral("BatchNorm"), params({ { QStringLiteral("eps"), 0.0 } })),
        QStringLiteral("eps must be between 1e-12 and 1, got 0"));
    EXPECT_EQ(createError(QStringLiteral("Reshape"), params({ { QStringLiteral("shape"), QVariantList() } })),
        QStringLiteral("shape needs at least one entry"));
    EXPECT_EQ(createError(QStringLiteral("Reshape"), params({ { QStringLiteral("shape"), list({ 4, -2 }) } })),
        QStringLiteral("shape entries must be between -1 and 65536, got [4, -2]"));
    EXPECT_EQ(createError(QStringLiteral("Reshape"), params({ { QStringLiteral("shape"), QStringLiteral("4") } })),
        QStringLiteral("shape must be a list of whole numbers, got \"4\""));
    // Combinations only the engine checks come back in its words.
    EXPECT_TRUE(createError(QStringLiteral("Reshape"), params({ { QStringLiteral("shape"), list({ -1, -1 }) } }))
                    .startsWith(QStringLiteral("Reshape target")));
    EXPECT_TRUE(createError(
        QStringLiteral("MaxPool2D"), params({ { QStringLiteral("kernel_size"), 2 }, { QStringLiteral("padding"), 2 } }))
                    .contains(QStringLiteral("more than half the kernel")));
}
