# The session driver for Ruby (src/languages/ruby.ts): each block is evaluated
# in TOPLEVEL_BINDING, so later blocks see earlier ones' methods and locals,
# and the markers the engine splits the output at are printed around it
# (src/languages/language.ts, SessionSupport).
require 'json'

def __sandbox_checks_main
  spec = JSON.parse(File.read(File.join(__dir__, 'session.json')))
  File.delete(File.join(__dir__, 'session.json')) rescue nil
  m = spec['marker']
  driver = File.expand_path(__FILE__)
  spec['blocks'].each_with_index do |b, i|
    $stdout.flush rescue nil
    $stderr.flush rescue nil
    STDOUT.flush
    STDOUT.syswrite("@@SC:#{m}:B:#{i}@@\n")
    t = Process.clock_gettime(Process::CLOCK_MONOTONIC)
    code = 0
    begin
      # The engine puts each block's program in session.json (one file to write, not one per block).
      src = b['code']
      if b['noRun']
        RubyVM::InstructionSequence.compile(src, b['display'], b['display'], 1)
      else
        TOPLEVEL_BINDING.eval(src, b['display'], 1)
      end
    rescue SystemExit => e
      code = e.status
    rescue SyntaxError => e
      STDERR.puts "#{e.message} (SyntaxError)"
      code = 1
    rescue Exception => e
      bt = (e.backtrace || []).reject { |l| l.include?('.sandbox-checks/driver.rb') || l.start_with?(driver) || l =~ /in .(Kernel#|Binding#)?eval'/ }
      e.set_backtrace(bt)
      STDERR.puts e.full_message(highlight: false)
      code = 1
    end
    $stdout.flush rescue nil
    $stderr.flush rescue nil
    ms = ((Process.clock_gettime(Process::CLOCK_MONOTONIC) - t) * 1000).to_i
    STDOUT.syswrite("@@SC:#{m}:E:#{i}:#{code}:#{ms}@@\n")
    STDERR.syswrite("@@SC:#{m}:E:#{i}@@\n")
    w = b['want']
    exit!(0) if (w == 'nonzero' ? code == 0 : code != w)
  end
end

__sandbox_checks_main
