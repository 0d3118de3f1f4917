// ConvTranspose2D and Upsample2D in the document: their parameters survive a
// project's JSON round trip, Upsample2D's "scale" is read as scale_factor, the
// compiler infers the decoder's shapes, and bad settings are errors on their nodes.
#include "model/GraphCompiler.h"
#include "model/NetworkGraphModel.h"

#include <gtest/gtest.h>
#include <QJsonArray>
#include <QJsonDocument>

using namespace nw;

namespace {

QJsonObject parse(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

const char* kDecoder = R"({"nodes":[
    {"id":"x","type":"Input","params":{"shape":[16,7,7]},"position":[0,0]},
    {"id":"deconv","type":"ConvTranspose2D","params":{"filters":8,"kernel_size":3,"stride":2,"padding":1,"output_padding":1,"bias":false},"position":[200,0]},
    {"id":"up","type":"Upsample2D","params":{"scale_factor":2,"mode":"bilinear"},"position":[400,0]}],
    "edges":[{"from":"x","to":"deconv","port":0},{"from":"deconv","to":"up","port":0}]})";

QJsonObject nodeParams(const QJsonObject& graph, const QString& id)
{
    for (const QJsonValue& n : graph.value(QStringLiteral("nodes")).toArray())
        if (n.toObject().value(QStringLiteral("id")).toString() == id)
            return n.toObject().value(QStringLiteral("params")).toObject();
    return {};
}

} // namespace

TEST(DecoderLayersModel, ParametersSurviveTheProjectRoundTrip)
{
    NetworkGraphModel model;
    QString error;
    ASSERT_TRUE(model.fromJson(parse(kDecoder), &error)) << error.toStdString();
    const QJsonObject written = model.toJson();
    const QJsonObject deconv = nodeParams(written, QStringLiteral("deconv"));
    EXPECT_EQ(deconv.value(QStringLiteral("filters")).toInt(), 8);
    EXPECT_EQ(deconv.value(QStringLiteral("output_padding")).toInt(), 1);
    EXPECT_EQ(deconv.value(QStringLiteral("bias")).toBool(), false);
    EXPECT_EQ(nodeParams(written, QStringLiteral("up")).value(QStringLiteral("mode")).toString(),
        QStringLiteral("bilinear"));
    NetworkGraphModel again;
    ASSERT_TRUE(again.fromJson(written, &error)) << error.toStdString();
    EXPECT_EQ(again.toJson(), written);

    const CompileResult r = GraphCompiler().compile(model);
    ASSERT_TRUE(r.ok()) << r.summary().toStdString();
    EXPECT_EQ(r.nodes.value(QStringLiteral("deconv")).shapeText(), QStringLiteral("8x14x14"));
    EXPECT_EQ(r.nodes.value(QStringLiteral("up")).shapeText(), QStringLiteral("8x28x28"));
    EXPECT_EQ(r.nodes.value(QStringLiteral("deconv")).parameterCount, 16 * 8 * 9);
}

TEST(DecoderLayersModel, ScaleIsReadAsScaleFactor)
{
    NetworkGraphModel model;
    QString error;
    ASSERT_TRUE(model.fromJson(parse(R"({"nodes":[
        {"id":"x","type":"Input","params":{"shape":[1,4,4]},"position":[0,0]},
        {"id":"up","type":"Upsample2D","params":{"scale":3,"mode":"nearest"},"position":[0,0]}],
        "edges":[{"from":"x","to":"up","port":0}]})"),
        &error))
        << error.toStdString();
    const CompileResult r = GraphCompiler().compile(model);
    ASSERT_TRUE(r.ok()) << r.summary().toStdString();
    EXPECT_EQ(r.nodes.value(QStringLiteral("up")).shapeText(), QStringLiteral("1x12x12"));
    const QJsonObject params = nodeParams(model.toJson(), QStringLiteral("up"));
    EXPECT_EQ(params.value(QStringLiteral("scale_factor")).toInt(), 3);
    EXPECT_FALSE(params.contains(QStringLiteral("scale")));
}

TEST(DecoderLayersModel, BadSettingsAreErrorsOnTheirNodes)
{
    NetworkGraphModel model;
    QString error;
    ASSERT_TRUE(model.fromJson(parse(R"({"nodes":[
        {"id":"x","type":"Input","params":{"shape":[2,3,3]},"position":[0,0]},
        {"id":"a","type":"ConvTranspose2D","params":{"filters":2,"kernel_size":3,"stride":1,"output_padding":1},"position":[0,0]},
        {"id":"b","type":"ConvTranspose2D","params":{"filters":2,"kernel_size":1,"stride":1,"padding":3,"output_padding":0},"position":[0,0]},
        {"id":"c","type":"Upsample2D","params":{"scale_factor":0},"position":[0,0]},
        {"id":"d","type":"Upsample2D","params":{"mode":"bicubic"},"position":[0,0]},
        {"id":"flat","type":"Flatten","params":{},"position":[0,0]},
        {"id":"e","type":"Upsample2D","params":{},"position":[0,0]}],
        "edges":[{"from":"x","to":"a","port":0},{"from":"x","to":"b","port":0},{"from":"x","to":"c","port":0},
                 {"from":"x","to":"d","port":0},{"from":"x","to":"flat","port":0},{"from":"flat","to":"e","port":0}]})"),
        &error))
        << error.toStdString();
    const CompileResult r = GraphCompiler().compile(model);
    EXPECT_FALSE(r.ok());
    const auto first = [&r](const char* id) {
        const QStringList m = r.nodes.value(QString::fromLatin1(id)).messages;
        return m.isEmpty() ? std::string("(none)") : m.first().toStdString();
    };
    EXPECT_NE(first("a").find("output_padding must be at least 0 and smaller than the stride 1, got 1"), std::string::npos)
        << first("a");
    EXPECT_NE(first("b").find("crops away the whole"), std::string::npos) << first("b");
    EXPECT_NE(first("c").find("scale_factor must be between 1 and 16, got 0"), std::string::npos) << first("c");
    EXPECT_NE(first("d").find("bicubic"), std::string::npos) << first("d");
    EXPECT_NE(first("e").find("image input"), std::string::npos) << first("e");
}
