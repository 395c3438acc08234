import Foundation
import Language
import NN
import Tensor

/// `model.save` / `keras.models.load_model` (Keras 3's `.keras` zip: `metadata.json`,
/// `config.json`, `model.weights.h5`) and `save_weights` / `load_weights` (`.weights.h5`).
/// A loaded model is rebuilt by calling the layer constructors with the saved configs, as
/// Keras's `from_config` does, so files from real Keras load here and the reverse.
enum KerasSaving {
    static let weightsMember = "model.weights.h5"

    static func save(_ m: PyKerasModel, to path: String) throws {
        guard path.hasSuffix(".keras") else {
            if path.hasSuffix(".h5") || path.hasSuffix(".hdf5") {
                throw PyError.notImplemented("saving the legacy HDF5 model format (.h5) is not supported in Cellgrad; save to a `.keras` file (Keras 3's native format)")
            }
            throw PyError.value("Invalid filepath extension for saving. Please add either a `.keras` extension for the native Keras format (recommended) or a `.h5` extension. Use `model.export(filepath)` if you want to export a SavedModel for use with TFLite/TFServing/etc. Received: filepath=\(path).")
        }
        var config = try KerasConfig.model(m)
        if let compile = m.compileConfig { config["compile_config"] = compile }
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd@HH:mm:ss"
        formatter.locale = Locale(identifier: "en_US_POSIX")
        let metadata: [String: Any] = ["keras_version": "3.15.1", "date_saved": formatter.string(from: Date())]
        let weights = try withTemporaryFile { temp in
            try KerasWeightsFile.write(m, to: temp)
            return try [UInt8](Data(contentsOf: URL(fileURLWithPath: temp)))
        }
        let archive = try NPYZip.write([
            NPYZip.Member(name: "metadata.json", bytes: Array(try KerasConfig.json(metadata).utf8)),
            NPYZip.Member(name: "config.json", bytes: Array(try KerasConfig.json(config).utf8)),
            NPYZip.Member(name: weightsMember, bytes: weights),
        ], compressed: false)
        try write(archive, to: path)
    }

    static func saveWeights(_ m: PyKerasModel, to path: String) throws {
        guard path.hasSuffix(".weights.h5") else {
            throw PyError.value("The filename must end in `.weights.h5`. Received: filepath=\(path)")
        }
        try KerasWeightsFile.write(m, to: path)
    }

    static func loadWeights(_ m: PyKerasModel, from path: String) throws {
        if path.hasSuffix(".keras") {
            let members = try archive(path)
            try withMember(members, weightsMember, of: path) { try KerasWeightsFile.read(m, from: $0) }
        } else if path.hasSuffix(".weights.h5") {
            try requireFile(path)
            try KerasWeightsFile.read(m, from: path)
        } else if path.hasSuffix(".h5") || path.hasSuffix(".hdf5") {
            throw PyError.notImplemented("loading legacy HDF5 weights (.h5 without .weights) is not supported in Cellgrad; save them with Keras 3 as `.weights.h5`")
        } else {
            throw PyError.value("File format not supported: filepath=\(path). Keras 3 only supports V3 `.keras` and `.weights.h5` files, or legacy H5 format files (`.h5` extension).")
        }
    }

    /// `keras.models.load_model`: the model rebuilt from its config, its weights, and, when
    /// asked, compiled as it was saved.
    static func load(_ path: String, compile: Bool, customObjects: [String: Value] = [:], _ interp: Interpreter) throws -> Value {
        guard path.hasSuffix(".keras") else {
            if FileManager.default.fileExists(atPath: path), path.hasSuffix(".h5") || path.hasSuffix(".hdf5") {
                throw PyError.notImplemented("loading legacy HDF5 models (.h5) is not supported in Cellgrad; save the model with Keras 3 as a `.keras` file")
            }
            throw PyError.value("File format not supported: filepath=\(path). Keras 3 only supports V3 `.keras` files, legacy H5 format files (`.h5` extension). Note that the legacy SavedModel format is not supported by `load_model()` in Keras 3. In order to reload a TensorFlow SavedModel as an inference-only layer in Keras 3, use `keras.layers.TFSMLayer(\(path), call_endpoint='serving_default')` (note that your `call_endpoint` might have a different name).")
        }
        guard FileManager.default.fileExists(atPath: path) else {
            throw PyError.value("File not found: filepath=\(path). Please ensure the file is an accessible `.keras` zip file.")
        }
        let members = try archive(path)
        guard let configBytes = members.first(where: { $0.name == "config.json" })?.bytes else {
            throw PyError.value("'\(path)' is not a Keras model file: it has no config.json")
        }
        let config = JSONValue.object(try KerasConfig.parse(configBytes, what: "config.json in '\(path)'"))
        let model = try KerasRebuild(interp: interp, customObjects: customObjects).model(config)
        if compile, let compileConfig = config["compile_config"], case .object(let entries) = compileConfig, !entries.isEmpty {
            try KerasRebuild(interp: interp).compile(model, compileConfig)
        }
        // After compiling, so the optimiser's saved state has somewhere to go.
        try withMember(members, weightsMember, of: path) { try KerasWeightsFile.read(try KerasModelMethods.model(model), from: $0) }
        return model
    }

    // MARK: - Files

    private static func requireFile(_ path: String) throws {
        guard FileManager.default.fileExists(atPath: path) else {
            throw PyError(BuiltinTypes.fileNotFoundError, "[Errno 2] Unable to synchronously open file (unable to open file: name = '\(path)', errno = 2, error message = 'No such file or directory', flags = 0, o_flags = 0)")
        }
    }

    private static func archive(_ path: String) throws -> [NPYZip.Member] {
        guard FileManager.default.fileExists(atPath: path) else {
            throw PyError.value("File not found: filepath=\(path). Please ensure the file is an accessible `.keras` zip file.")
        }
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        do {
            return try NPYZip.read(bytes)
        } catch {
            throw PyError.value("'\(path)' is not a `.keras` file (not a zip archive): \(error)")
        }
    }

    private static func write(_ bytes: [UInt8], to path: String) throws {
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: path))
        } catch {
            throw PyError(BuiltinTypes.osError, "cannot write '\(path)': \(error.localizedDescription)")
        }
    }

    /// HDF5 reads and writes files, so an archive member passes through a temporary one.
    private static func withTemporaryFile<T>(_ body: (String) throws -> T) throws -> T {
        let temp = NSTemporaryDirectory() + "cellgrad-keras-\(UUID().uuidString).weights.h5"
        defer { try? FileManager.default.removeItem(atPath: temp) }
        return try body(temp)
    }

    private static func withMember(_ members: [NPYZip.Member], _ name: String, of path: String, _ body: (String) throws -> Void) throws {
        guard let member = members.first(where: { $0.name == name }) else {
            throw PyError.value("'\(path)' holds no \(name)")
        }
        try withTemporaryFile { temp in
            try write(member.bytes, to: temp)
            try body(temp)
        }
    }

    static func install(_ t: PyType) {
        t.method("save(filepath, overwrite=True, zipped=None, **kwargs)", on: PyKerasModel.self) { interp, m, b in
            try bridge { try save(m, to: try interp.toStringValue(b["filepath"] ?? .none)) }
            return .none
        }
        t.method("save_weights(filepath, overwrite=True, max_shard_size=None)", on: PyKerasModel.self) { interp, m, b in
            try bridge { try saveWeights(m, to: try interp.toStringValue(b["filepath"] ?? .none)) }
            return .none
        }
        t.method("load_weights(filepath, skip_mismatch=False, **kwargs)", on: PyKerasModel.self) { interp, m, b in
            try bridge { try loadWeights(m, from: try interp.toStringValue(b["filepath"] ?? .none)) }
            return .none
        }
        t.method("to_json(**kwargs)", on: PyKerasModel.self) { _, m, _ in
            .str(try KerasConfig.json(try KerasConfig.model(m)))
        }
        t.method("get_config()", on: PyKerasModel.self) { _, m, _ in
            let text = try KerasConfig.json(try KerasConfig.model(m))
            return JSONValue.object(try KerasConfig.parse(Array(text.utf8), what: "the config"))["config"]?.python ?? .none
        }
    }

    /// `keras.models.load_model` and friends, for `keras.models` and `keras.saving`.
    static func installFunctions(_ m: PyModule) {
        m.define("load_model", doc: "load_model(filepath, custom_objects=None, compile=True, safe_mode=True)") { interp, args in
            let b = try Signature("load_model(filepath, custom_objects=None, compile=True, safe_mode=True)").bind(args)
            let path = try interp.toStringValue(b["filepath"] ?? .none)
            var custom: [String: Value] = [:]
            if let given = b.optional("custom_objects"), case .object(let o) = given, let d = o as? PyDict {
                for (k, v) in d.entries { if let name = k.asString { custom[name] = v } }
            }
            return try bridge { try load(path, compile: try interp.isTruthy(b["compile"] ?? .bool(true)), customObjects: custom, interp) }
        }
        m.define("save_model", doc: "save_model(model, filepath, overwrite=True, zipped=None)") { interp, args in
            let b = try Signature("save_model(model, filepath, overwrite=True, zipped=None, **kwargs)").bind(args)
            try bridge { try save(try KerasModelMethods.model(b["model"] ?? .none), to: try interp.toStringValue(b["filepath"] ?? .none)) }
            return .none
        }
        m.define("model_from_json", doc: "model_from_json(json_string, custom_objects=None)") { interp, args in
            let b = try Signature("model_from_json(json_string, custom_objects=None)").bind(args)
            let text = try interp.toStringValue(b["json_string"] ?? .none)
            return try KerasRebuild(interp: interp).model(.object(try KerasConfig.parse(Array(text.utf8), what: "the JSON string")))
        }
    }

    /// HDF5 and zip failures as the OSError / ValueError Keras's h5py and zipfile raise.
    static func bridge<T>(_ body: () throws -> T) throws -> T {
        do {
            return try KerasBridge.call(body)
        } catch let e as HDF5File.Failure {
            throw PyError(BuiltinTypes.osError, e.description)
        } catch let e as NPYError {
            throw PyError.value("\(e)")
        }
    }
}
